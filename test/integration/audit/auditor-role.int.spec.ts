import { createAuditorDataSource } from '../../../src/database/data-source';
import { TEST_DATABASE_URL } from '../../support/test-env';

describe("The auditors' database role", () => {
  const auditor = createAuditorDataSource(TEST_DATABASE_URL, 2);
  beforeAll(() => auditor.initialize());
  afterAll(() => auditor.destroy());

  it('runs every query as restructuring_auditor from the first statement', async () => {
    const [row] = await auditor.query('SELECT current_user AS who');
    expect(row.who).toBe('restructuring_auditor');
  });

  it('reads the events, the read models and the registry', async () => {
    for (const table of ['events', 'proposals_v1', 'administrative_units', 'outbox', 'audit_access_log'])
      await expect(auditor.query(`SELECT count(*) FROM ${table}`)).resolves.toHaveLength(1);
  });

  it.each([
    ['an INSERT into events', `INSERT INTO events (stream_id) VALUES ('x')`],
    ['an UPDATE of a read model', `UPDATE proposals_v1 SET title = 'x'`],
    ['a DELETE from the outbox', `DELETE FROM outbox`],
    [
      'an INSERT into the access log',
      `INSERT INTO audit_access_log (actor, action, scope) VALUES ('{}', 'x', '{}')`,
    ],
    ['a new table', `CREATE TABLE auditor_scratch (id int)`],
    [
      'switching back to the service role',
      `RESET ROLE; INSERT INTO streams (stream_id, version) VALUES ('x', 0)`,
    ],
  ])('fails %s with permission denied', async (_, sql) => {
    await expect(auditor.query(sql)).rejects.toThrow(/permission denied/);
  });
});
