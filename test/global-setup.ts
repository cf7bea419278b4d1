import { Client } from 'pg';
import { createDataSource } from '../src/database/data-source';
import { migrateWithLock } from '../src/database/migrate';
import { TEST_DATABASE_URL, testDatabaseName } from './support/test-env';

/** Refuses any database not named for tests, then rebuilds its schema through the real migrations. */
export default async function globalSetup(): Promise<void> {
  const name = testDatabaseName();
  if (!name.includes('test')) {
    throw new Error(`refusing to run tests against database "${name}": its name must contain "test"`);
  }
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
  const dataSource = createDataSource(TEST_DATABASE_URL, 2);
  await dataSource.initialize();
  try {
    await migrateWithLock(dataSource);
  } finally {
    await dataSource.destroy();
  }
}
