import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { createDataSource } from '../../src/database/data-source';
import { migrateWithLock } from '../../src/database/migrate';
import { TEST_DATABASE_URL, databaseUrlFor } from './test-env';

const admin = async <T>(work: (c: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

/** A fresh database of its own (name contains "test"), migrated; for tests that damage data. */
export const createScratchDatabase = async (label: string, template?: string): Promise<string> => {
  const name = `test_${label}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
  if (!template) {
    const ds = createDataSource(databaseUrlFor(name), 1);
    await ds.initialize();
    try {
      await migrateWithLock(ds);
    } finally {
      await ds.destroy();
    }
  }
  return name;
};

export const dropScratchDatabase = (name: string): Promise<unknown> =>
  admin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));

/** Runs statements as a superuser with triggers off in this session only, as a rogue administrator would. */
export const tamper = async (database: string, ...statements: [string, unknown[]?][]): Promise<void> => {
  const client = new Client({ connectionString: databaseUrlFor(database) });
  await client.connect();
  try {
    await client.query('SET session_replication_role = replica');
    for (const [sql, params] of statements) await client.query(sql, params);
  } finally {
    await client.end();
  }
};

/** Like `tamper`, for tampering that reads before it writes (e.g. recomputing a chain). */
export const tamperWith = async <T>(database: string, work: (rogue: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: databaseUrlFor(database) });
  await client.connect();
  try {
    await client.query('SET session_replication_role = replica');
    return await work(client);
  } finally {
    await client.end();
  }
};
