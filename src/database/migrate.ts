import { MigrationExecutor, type DataSource } from 'typeorm';

/** Any constant shared by every replica; two replicas starting together migrate one after the other. */
const MIGRATION_LOCK_KEY = 7_240_518_001;

/**
 * Runs pending migrations on one connection that holds a session advisory lock, so it needs
 * no second pooled connection and replicas starting together take turns. Returns the names applied.
 */
export const migrateWithLock = async (dataSource: DataSource): Promise<string[]> => {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      const applied = await executor.executePendingMigrations();
      return applied.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
};
