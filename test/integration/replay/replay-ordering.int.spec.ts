import { Client } from 'pg';
import { proposalStreamId } from '../../../src/proposals/application/proposal-stream';
import { replayReadModels } from '../../../src/replay/replay';
import { replayedReadModels, type ReplayedReadModel } from '../../../src/replay/replayed-read-models';
import { collect } from '../../support/collect';
import { startReplayStore, type ReplayStore } from './replay-store';

describe('Replay under concurrency', () => {
  let s: ReplayStore & { drop(): Promise<void> };

  beforeAll(async () => (s = await startReplayStore('replay_order')));
  afterAll(() => s?.drop());

  it('folds a stream in version order when an older transaction appended its later versions', async () => {
    const early = s.dataSource.createQueryRunner();
    await early.connect();
    await early.startTransaction();
    await early.query('SELECT pg_current_xact_id()'); // takes a transaction id before the draft's
    const id = await s.draft();
    await s.editTitle(id, 'Tên thứ hai', early.manager);
    await s.editTitle(id, 'Tên thứ ba', early.manager);
    await s.editTitle(id, 'Tên thứ tư', early.manager);
    await early.commitTransaction();
    await early.release();

    // Transactions of other databases on this server can hold the horizon back: wait it out.
    const deadline = Date.now() + 60_000;
    let order: number[] = [];
    while (order.length < 4 && Date.now() < deadline) {
      const all = await collect(s.store.readAll());
      order = all.filter((e) => e.streamId === proposalStreamId(id)).map((e) => e.streamVersion);
      if (order.length < 4) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(order).toEqual([2, 3, 4, 1]);
    // 3: a page holding versions 2–4 as one unbroken run, each of them waiting for version 1.
    for (const batchSize of [1, 2, 3, 500]) {
      const folded: number[] = [];
      const recorder: ReplayedReadModel = {
        name: 'recorder',
        tables: [],
        applyAll: async (_tx, appends) => {
          for (const a of appends.filter((x) => x.streamId === proposalStreamId(id)))
            folded.push(...a.events.map((e) => e.streamVersion));
        },
      };
      const report = await replayReadModels(
        { dataSource: s.dataSource, store: s.store, readModels: [...replayedReadModels(), recorder] },
        { check: true, batchSize },
      );
      expect({ batchSize, folded, drift: report.drift }).toEqual({
        batchSize,
        folded: [1, 2, 3, 4],
        drift: [],
      });
    }
    await s.replay({ check: false, batchSize: 1 });
    const [row] = await s.dataSource.query('SELECT version, title FROM proposals_v1 WHERE proposal_id = $1', [
      id,
    ]);
    expect(row).toEqual({ version: 4, title: 'Tên thứ tư' });
  });

  it('loses no append made while it rebuilds and swaps, and two replays take turns', async () => {
    const ids = await Promise.all([s.draft(), s.draft(), s.draft()]);
    const appendedAt: number[] = [];
    const writers = ids.map(async (id) => {
      for (let i = 0; i < 25; i++) {
        await s.editTitle(id, `Bản ${i}`);
        appendedAt.push(Date.now());
      }
    });
    const started = Date.now();
    const replays = await Promise.all([
      s.replay({ check: false, batchSize: 4 }),
      s.replay({ check: false, batchSize: 5 }),
      s.replay({ check: true, batchSize: 10 }),
    ]);
    const finished = Date.now();
    await Promise.all(writers);
    // The writers really ran while the replays did.
    expect(appendedAt.filter((at) => at > started && at < finished).length).toBeGreaterThan(0);
    expect(replays.map((r) => r.mode)).toEqual(['swap', 'swap', 'check']);
    expect(replays.flatMap((r) => r.drift)).toEqual([]);
    expect((await s.replay()).drift).toEqual([]);
    const versions = await s.dataSource.query(
      `SELECT p.version = st.version AS same FROM proposals_v1 p
         JOIN streams st ON st.stream_id = 'proposal-' || p.proposal_id`,
    );
    expect(versions.every((v: { same: boolean }) => v.same)).toBe(true);
  });

  it('rolls back a projection that writes a live table instead of the shadow', async () => {
    const before = await s.dataSource.query('SELECT proposal_id, title FROM proposals_v1 ORDER BY 1');
    const rogue: ReplayedReadModel = {
      name: 'rogue',
      tables: [{ name: 'proposals_v1', notDerived: [] }],
      applyAll: (tx) => tx.query(`UPDATE public.proposals_v1 SET title = 'ghi đè'`),
    };
    const replay = replayReadModels(
      { dataSource: s.dataSource, store: s.store, readModels: [rogue] },
      { check: false, batchSize: 10 },
    );
    await expect(replay).rejects.toThrow(/wrote a live table/);
    expect(await s.dataSource.query('SELECT proposal_id, title FROM proposals_v1 ORDER BY 1')).toEqual(
      before,
    );
  });

  it('refuses a fold ahead of the write that writes anything', async () => {
    const before = await s.dataSource.query('SELECT proposal_id, title FROM proposals_v1 ORDER BY 1');
    const rogue: ReplayedReadModel = {
      name: 'rogue-fold',
      tables: [{ name: 'proposals_v1', notDerived: [] }],
      applyAll: async () => undefined,
      foldPage: async (reader) => {
        await reader.query(`UPDATE proposals_v1 SET title = 'ghi đè'`);
        return { write: async () => undefined, carried: null };
      },
    };
    const replay = replayReadModels(
      { dataSource: s.dataSource, store: s.store, readModels: [rogue] },
      { check: false, batchSize: 10 },
    );
    await expect(replay).rejects.toThrow(/rogue-fold refused .*read-only transaction/);
    expect(await s.dataSource.query('SELECT proposal_id, title FROM proposals_v1 ORDER BY 1')).toEqual(
      before,
    );
  });

  it('waits for the page being written before it cleans up after a failed read ahead', async () => {
    // Given a store of several pages whose third page read fails, while a slow model is writing
    for (let i = 0; i < 3; i++) await s.draft();
    let reads = 0;
    const realRead = s.store.readAllPage.bind(s.store);
    const failingStore = Object.assign(Object.create(s.store) as typeof s.store, {
      readAllPage: (...args: Parameters<typeof s.store.readAllPage>) =>
        ++reads === 3 ? Promise.reject(new Error('connection lost')) : realRead(...args),
    });
    const slow: ReplayedReadModel = {
      name: 'slow',
      tables: [{ name: 'proposals_v1', notDerived: [] }],
      applyAll: async (tx) => void (await tx.query('SELECT pg_sleep(0.3)')),
    };
    // When the replay fails
    const replay = replayReadModels(
      { dataSource: s.dataSource, store: failingStore, readModels: [slow] },
      { check: false, batchSize: 1 },
    );
    await expect(replay).rejects.toThrow('connection lost');
    // Then nothing of it is left behind, as a connection of its own sees the database: no
    // transaction left open, no shadow schema; and the next replay runs as usual
    await new Promise((resolve) => setTimeout(resolve, 500));
    const observer = new Client({ connectionString: (s.dataSource.options as { url: string }).url });
    await observer.connect();
    try {
      const { rows } = await observer.query<{ open: number; shadow: boolean }>(
        `SELECT (SELECT count(*)::int FROM pg_stat_activity
                  WHERE datname = current_database() AND state LIKE 'idle in transaction%') AS open,
                EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'replay_shadow') AS shadow`,
      );
      expect(rows[0]).toEqual({ open: 0, shadow: false });
    } finally {
      await observer.end();
    }
    expect((await s.replay()).drift).toEqual([]);
  });
});
