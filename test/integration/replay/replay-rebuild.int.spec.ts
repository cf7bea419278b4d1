import { serverHasLz4 } from '../../support/lz4';
import { startReplayApp, type ReplayApp } from './replay-app';
import { driveProposals, type DrivenProposals } from './replay-workflow';

const count = async (t: ReplayApp, sql: string): Promise<number> =>
  Number((await t.dataSource.query(sql))[0].count);

describe('Replay rebuilds every read model from the events', () => {
  let t: ReplayApp;
  let ids: DrivenProposals;

  beforeAll(async () => {
    t = await startReplayApp('replay');
    ids = await driveProposals(t);
  });
  afterAll(() => t?.close());

  it('finds no drift after a realistic workflow, reading pages no larger than the batch size', async () => {
    const pages = jest.spyOn(t.store, 'readAllPage');
    const report = await t.replay({ check: true, batchSize: 7 });
    expect(report.drift).toEqual([]);
    expect(report.tables).toEqual([
      { name: 'proposals_v1', rows: 4, drift: 0 },
      { name: 'merger_reservations', rows: 2, drift: 0 },
    ]);
    const total = await count(t, 'SELECT count(*) FROM events');
    expect(report.events).toBe(total);
    // Flat memory: every read asked for 7 events and got no more; the store took several pages.
    expect(pages.mock.calls.every(([, size]) => size === 7)).toBe(true);
    // Only what the projections fold: no metadata or hashes received and parsed.
    expect(pages.mock.calls.every(([, , options]) => options?.foldOnly === true)).toBe(true);
    const sizes = await Promise.all(pages.mock.results.map(async (r) => (await r.value).events.length));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(7);
    expect(pages.mock.calls.length).toBeGreaterThanOrEqual(Math.ceil(total / 7));
    pages.mockRestore();
  });

  it('names the row and field of a read model edited behind its back, and a swap repairs it', async () => {
    await t.dataSource.query(
      `UPDATE proposals_v1 SET title = 'Sửa tay', state = jsonb_set(state, '{status}', '"Withdrawn"')
        WHERE proposal_id = $1`,
      [ids.implemented],
    );
    await t.dataSource.query(`DELETE FROM merger_reservations WHERE unit_code = '31064'`);
    await t.dataSource.query(
      `INSERT INTO merger_reservations (unit_code, proposal_id) VALUES ('31069', $1)`,
      [ids.withdrawn],
    );

    const check = await t.replay({ check: true });
    expect(check.drift).toEqual([
      expect.objectContaining({
        table: 'proposals_v1',
        key: `{"proposal_id": "${ids.implemented}"}`,
        field: 'state.status',
        live: 'Withdrawn',
        shadow: 'Implemented',
      }),
      expect.objectContaining({
        table: 'proposals_v1',
        field: 'title',
        live: 'Sửa tay',
        shadow: 'Sắp xếp các phòng thuộc Sở Nội vụ',
      }),
      expect.objectContaining({
        table: 'merger_reservations',
        key: '{"unit_code": "31064"}',
        kind: 'missing-in-live',
      }),
      expect.objectContaining({
        table: 'merger_reservations',
        key: '{"unit_code": "31069"}',
        kind: 'missing-in-shadow',
      }),
    ]);
    expect(check.tables.map((x) => x.drift)).toEqual([2, 2]);

    const swap = await t.replay({ batchSize: 5 });
    expect(swap.mode).toBe('swap');
    expect(swap.drift).toHaveLength(4);
    expect((await t.replay({ check: true })).drift).toEqual([]);
    const [row] = await t.dataSource.query('SELECT title, status FROM proposals_v1 WHERE proposal_id = $1', [
      ids.implemented,
    ]);
    expect(row).toEqual({ title: 'Sắp xếp các phòng thuộc Sở Nội vụ', status: 'Implemented' });
  });

  it('keeps the indexes, constraints, grants and untouched reservation times of the live tables', async () => {
    const before: { reserved_at: Date }[] = await t.dataSource.query(
      `SELECT reserved_at FROM merger_reservations WHERE unit_code = '31060'`,
    );
    await t.replay();
    const indexes: { indexname: string }[] = await t.dataSource.query(
      `SELECT indexname FROM pg_indexes WHERE tablename IN ('proposals_v1', 'merger_reservations') ORDER BY 1`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual([
      'merger_reservations_pkey',
      'merger_reservations_proposal',
      'proposals_v1_inbox_order',
      'proposals_v1_lead',
      'proposals_v1_pkey',
      'proposals_v1_title',
    ]);
    const fk = await count(
      t,
      `SELECT count(*) FROM pg_constraint WHERE conrelid = 'merger_reservations'::regclass AND contype = 'f'`,
    );
    expect(fk).toBe(1);
    const [{ compression }] = await t.dataSource.query(
      `SELECT attcompression AS compression FROM pg_attribute
        WHERE attrelid = 'proposals_v1'::regclass AND attname = 'state'`,
    );
    expect(compression).toBe((await serverHasLz4(t.dataSource)) ? 'l' : '');
    const [{ granted }] = await t.dataSource.query(
      `SELECT has_table_privilege('restructuring_auditor', 'proposals_v1', 'SELECT') AS granted`,
    );
    expect(granted).toBe(true);
    expect(
      await t.dataSource.query(`SELECT reserved_at FROM merger_reservations WHERE unit_code = '31060'`),
    ).toEqual(before);
    expect(await count(t, `SELECT count(*) FROM pg_namespace WHERE nspname = 'replay_shadow'`)).toBe(0);
  });

  it('sends nothing: no outbox row is written by any replay', async () => {
    const outbox = await count(t, 'SELECT count(*) FROM outbox');
    expect(outbox).toBeGreaterThan(0);
    await t.replay();
    await t.replay({ check: true });
    expect(await count(t, 'SELECT count(*) FROM outbox')).toBe(outbox);
  });

  it('serves the API from the swapped-in table', async () => {
    const token = await t.token({ sub: 'auditor-1', name: 'Kiểm toán', roles: ['auditor'] });
    const res = await t
      .http()
      .get(`/api/proposals/${ids.inAppraisal}`)
      .set({ Authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(res.body.currentStage.id).toBe('appraisal');
  });
});
