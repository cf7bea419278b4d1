import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { loadConfig, type Config } from '../src/config/config';
import { createDataSource } from '../src/database/data-source';
import { migrateWithLock } from '../src/database/migrate';
import { BENCH_HMAC_KEY_HEX, BENCH_JWT_SECRET } from './bench-keys';

/** BENCH_DATABASE_URL, else DATABASE_URL, else a local `bench_db`; the name must contain "bench". */
export const benchDatabaseUrl = (): string => {
  const url =
    process.env.BENCH_DATABASE_URL ||
    process.env.DATABASE_URL ||
    'postgres://postgres@127.0.0.1:5432/bench_db';
  const name = new URL(url).pathname.slice(1);
  if (!name.includes('bench')) {
    throw new Error(
      `refusing to benchmark database "${name}": it is wiped, so its name must contain "bench"`,
    );
  }
  return url;
};

/**
 * The database the HTTP mix's service runs on: a sibling of the benchmark's, so the thousands of
 * proposals the command part leaves half-reviewed do not pile into the inboxes the mix reads.
 */
export const httpDatabaseUrl = (url: string): string => {
  const sibling = new URL(url);
  sibling.pathname = `${sibling.pathname}_http`;
  return sibling.toString();
};

export const benchRedisUrl = (): string => process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** One prefix per benchmark process, so its BullMQ keys never meet the tests' or another run's. */
export const BENCH_QUEUE_PREFIX = `ra-bench-${randomBytes(4).toString('hex')}`;

/**
 * Connections per pool: about three per database core, as README.md advises (this machine has two).
 * At 20 the service's p99 at 32 HTTP connections was 139–154 ms, at 6 107–108 ms (30 November).
 */
const POOL_SIZE = '6';

/** The variables a service process of the benchmark runs with (also the in-process app's). */
export const benchServiceEnv = (url: string, logLevel = 'warn', port = 0): Record<string, string> => ({
  NODE_ENV: 'test',
  DATABASE_URL: url,
  DATABASE_POOL_SIZE: POOL_SIZE,
  REDIS_URL: benchRedisUrl(),
  QUEUE_PREFIX: BENCH_QUEUE_PREFIX,
  EVENT_HMAC_KEY: BENCH_HMAC_KEY_HEX,
  JWT_SECRET: BENCH_JWT_SECRET,
  RUN_WORKERS: 'false',
  LOG_LEVEL: logLevel,
  ...(port ? { PORT: String(port), HOST: '127.0.0.1' } : {}),
});

export const benchConfig = (url: string): Config => loadConfig(benchServiceEnv(url));

/** Creates the database when absent, empties its schema and migrates it through the real migrations. */
export const resetBenchDatabase = async (url: string): Promise<void> => {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const server = new URL(url);
  server.pathname = '/postgres';
  const admin = new Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end();
  }
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS replay_shadow CASCADE');
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
  const dataSource = createDataSource(url, 1);
  await dataSource.initialize();
  try {
    await migrateWithLock(dataSource);
    // The raw baselines write here: the events table's row shape, keys and indexes, without its triggers.
    await dataSource.query('CREATE TABLE bench_raw_events (LIKE events INCLUDING ALL)');
  } finally {
    await dataSource.destroy();
  }
};
