import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/database.config';
import { createDataSource } from './data-source';
import { checkDurability } from './durability-check';
import { startEmbeddedPostgres } from './embedded-postgres';
import { migrateWithLock } from './migrate';

export interface PreparedDatabase {
  dataSource: DataSource;
  /** Closes the pool and, when this process started one, the embedded server. */
  close(): Promise<void>;
}

/** Connects (booting an embedded server when DATABASE_URL is unset), checks durability, migrates. */
export const prepareDatabase = async (config: DatabaseConfig, log: Logger): Promise<PreparedDatabase> => {
  const embedded = config.url
    ? null
    : await startEmbeddedPostgres(config.embeddedDir, config.embeddedPort, log);
  const dataSource = createDataSource(config.url ?? embedded!.url, config.poolSize);
  const close = async () => {
    if (dataSource.isInitialized) await dataSource.destroy();
    await embedded?.stop();
  };
  try {
    await dataSource.initialize();
    const off = await checkDurability(dataSource, config.allowUnsafeDurability);
    if (off.length > 0)
      log.warn({ off }, 'PostgreSQL durability settings are off: acknowledged writes may be lost');
    if (config.migrateOnStart) {
      const applied = await migrateWithLock(dataSource);
      if (applied.length > 0) log.info({ applied }, 'migrations applied');
    }
    return { dataSource, close };
  } catch (err) {
    await close().catch(() => undefined);
    throw err;
  }
};
