import { createDataSource } from '../../../src/database/data-source';
import { migrateWithLock } from '../../../src/database/migrate';
import { migrations } from '../../../src/database/migrations';
import { createScratchDatabase, dropScratchDatabase } from '../../support/scratch-database';
import { serverHasLz4 } from '../../support/lz4';
import { databaseUrlFor } from '../../support/test-env';

describe('Migrations', () => {
  it('apply once when four replicas start together on an empty database', async () => {
    const name = await createScratchDatabase('migrate_race');
    const url = databaseUrlFor(name);
    // createScratchDatabase migrated it; start from empty again to race the real thing.
    const reset = createDataSource(url, 1);
    await reset.initialize();
    await reset.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    await reset.destroy();

    const replicas = Array.from({ length: 4 }, () => createDataSource(url, 2));
    try {
      await Promise.all(replicas.map((r) => r.initialize()));
      const applied = await Promise.all(replicas.map((r) => migrateWithLock(r)));
      expect(applied.flat()).toEqual(migrations.map((m) => new m().name));
      const rows: { name: string }[] = await replicas[0].query('SELECT name FROM schema_migrations');
      expect(rows.map((r) => r.name)).toEqual(migrations.map((m) => new m().name));
    } finally {
      await Promise.all(replicas.map((r) => (r.isInitialized ? r.destroy() : undefined)));
      await dropScratchDatabase(name);
    }
  });

  it('can be reverted and re-applied', async () => {
    const name = await createScratchDatabase('migrate_down');
    const ds = createDataSource(databaseUrlFor(name), 1);
    await ds.initialize();
    try {
      for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration();
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'events'`,
      );
      expect(n).toBe(0);
      expect(await migrateWithLock(ds)).toHaveLength(migrations.length);
    } finally {
      await ds.destroy();
      await dropScratchDatabase(name);
    }
  });

  it('keeps each proposal’s folded state compressed with lz4 (pglz on a server without it)', async () => {
    const name = await createScratchDatabase('migrate_lz4');
    const ds = createDataSource(databaseUrlFor(name), 1);
    await ds.initialize();
    try {
      const lz4 = await serverHasLz4(ds);
      const [{ compression }] = await ds.query(
        `SELECT attcompression AS compression FROM pg_attribute
          WHERE attrelid = 'proposals_v1'::regclass AND attname = 'state'`,
      );
      expect(compression).toBe(lz4 ? 'l' : '');
      // A state of several kB, as a proposal's grows with its stages: stored compressed, with lz4.
      const state = { notes: Array.from({ length: 80 }, (_, i) => `Ý kiến thẩm định số ${i} của Sở Nội vụ`) };
      await ds.query(
        `INSERT INTO proposals_v1 (proposal_id, version, status, proposal_type, title, title_folded, lead_agency,
                                   coordinating_agencies, open_bodies, updated_at, state)
         VALUES (gen_random_uuid(), 1, 'Draft', 'internal', 'Hòa', 'hoa', 'SNV', '{}', '{}', now(), $1)`,
        [JSON.stringify(state)],
      );
      const [{ method }] = await ds.query('SELECT pg_column_compression(state) AS method FROM proposals_v1');
      expect(method).toBe(lz4 ? 'lz4' : 'pglz');
    } finally {
      await ds.destroy();
      await dropScratchDatabase(name);
    }
  });
});
