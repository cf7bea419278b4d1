import type { DataSource, EntityManager } from 'typeorm';

type Queryable = Pick<EntityManager | DataSource, 'query'>;

/** A statement with a name of its own, unique to its text. */
export interface PreparedStatement {
  name: string;
  text: string;
}

/**
 * Runs a statement as a named prepared statement: PostgreSQL parses and plans it once per connection
 * instead of on every call. For the statements every command runs, planning costs more than running
 * (the append's CTE: ~0.4 ms to plan, ~0.3 ms to run). TypeORM hands its query argument to `pg` as it
 * is, and `pg` takes a `{ name, text }` config there. PostgreSQL re-plans by itself after DDL on the
 * tables or a change of search_path (replay's shadow tables), so a name stays safe to reuse.
 */
export const queryPrepared = <Row>(
  runner: Queryable,
  statement: PreparedStatement,
  values: unknown[],
): Promise<Row[]> =>
  runner.query({ name: statement.name, text: statement.text } as unknown as string, values);
