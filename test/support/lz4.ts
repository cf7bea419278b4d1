/**
 * Whether this PostgreSQL was built with lz4 (Debian's and the official images are): the state
 * compression migration falls back to pglz without it, and the tests expect what it chose.
 */
export const serverHasLz4 = (db: { query: (sql: string) => Promise<unknown> }): Promise<boolean> =>
  db.query(`SELECT set_config('default_toast_compression', 'lz4', true)`).then(
    () => true,
    () => false,
  );
