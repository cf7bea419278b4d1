import pino from 'pino';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../../config/config';

export interface AuditCliContext {
  config: Config;
  dataSource: DataSource;
}

/** Says on stderr what the keys in use are worth, so a report on stdout is never mistaken for proof. */
export const warnAboutDevelopmentKeys = (config: Config): void => {
  if (config.eventStore.usingDevelopmentKey)
    process.stderr.write('warning: EVENT_HMAC_KEY is unset: the development key proves nothing\n');
  if (config.audit.usingDevelopmentKey)
    process.stderr.write('warning: AUDIT_SIGNING_KEY is unset: the development key proves nothing\n');
};

/**
 * Runs an audit command against the configured database and closes it afterwards. `readOnly` skips
 * migrations: verifying must not change the database it judges.
 */
export const withAuditDatabase = async (
  options: { readOnly: boolean },
  work: (context: AuditCliContext) => Promise<number>,
): Promise<number> => {
  const config = loadConfig();
  warnAboutDevelopmentKeys(config);
  const log = pino({ level: config.app.logLevel }, pino.destination(2));
  // Loaded here, so `audit public-key` does not pull in the database stack.
  const { prepareDatabase } = await import('../../database/database-bootstrap');
  const database = await prepareDatabase(
    { ...config.database, migrateOnStart: config.database.migrateOnStart && !options.readOnly },
    log,
  );
  try {
    return await work({ config, dataSource: database.dataSource });
  } finally {
    await database.close();
  }
};

/** Parses `args` with node:util parseArgs; on bad arguments prints why and the usage. */
export const parseOrUsage = <T>(parse: () => T, usage: string): T | null => {
  try {
    return parse();
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n${usage}\n`);
    return null;
  }
};
