import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every command rewrites its proposal's folded state (a few kB of JSON, so PostgreSQL compresses it).
 * lz4 compresses it in about a quarter of pglz's time for a few per cent more bytes, and opens it
 * faster for the inbox. A server built without lz4 keeps pglz: slower, not wrong. Only values
 * written from now on take lz4: a proposal's row changes with its next command, and a replay
 * (`cli replay`) rewrites every row.
 */
export class StateCompression1764400009000 implements MigrationInterface {
  name = 'StateCompression1764400009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        ALTER TABLE proposals_v1 ALTER COLUMN state SET COMPRESSION lz4;
      EXCEPTION WHEN feature_not_supported THEN
        RAISE NOTICE 'this server has no lz4: proposals_v1.state stays with pglz';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proposals_v1 ALTER COLUMN state SET COMPRESSION default`);
  }
}
