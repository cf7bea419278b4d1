import { randomUUID } from 'node:crypto';
import type { GlobalCheckpoint, RecordedEvent } from '../../../src/event-store/event-store.types';
import { eventStoreFixture, type EventStoreFixture } from '../../support/event-store-fixture';
import { createScratchDatabase, dropScratchDatabase, tamper } from '../../support/scratch-database';
import { databaseUrlFor } from '../../support/test-env';
import { untilHorizonPassesEvents } from '../../support/transaction-horizon';

const WRITERS = 20;
const APPENDS_PER_WRITER = 15;

const until = async (condition: () => boolean, what: string, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setImmediate(r));
  }
};

describe('readAll in commit-safe global order', () => {
  let f: EventStoreFixture;
  beforeAll(async () => (f = await eventStoreFixture({ poolSize: 32 })));
  afterAll(() => f.close());

  /** Reads to the current end, so the race starts from a checkpoint past older tests' events. */
  const headCheckpoint = async (): Promise<GlobalCheckpoint | null> => {
    let checkpoint: GlobalCheckpoint | null = null;
    for (;;) {
      const page = await f.store.readAllPage(checkpoint, 1000);
      if (page.events.length === 0) return checkpoint;
      checkpoint = page.checkpoint;
    }
  };

  it('gives a page for folding the same events in the same order, without metadata, ids or hashes', async () => {
    const start = await headCheckpoint();
    const stream = `fold-only-${randomUUID()}`;
    await f.store.append(
      stream,
      [
        { type: 'ProposalDrafted', data: { title: 'Sắp xếp xã Vĩnh Thuận'.normalize('NFD') } },
        { type: 'StageApproved', data: { body: 'BTCTU' } },
      ],
      { expectedVersion: 'no-stream', metadata: { actor: { name: 'Nguyễn Thị Hòa' } } },
    );
    await untilHorizonPassesEvents(f.dataSource);
    const full = await f.store.readAllPage(start, 1000);
    const folding = await f.store.readAllPage(start, 1000, { foldOnly: true });
    const foldable = (e: RecordedEvent) => ({
      position: e.globalPosition,
      transaction: e.transactionId,
      stream: e.streamId,
      version: e.streamVersion,
      type: e.type,
      schemaVersion: e.schemaVersion,
      data: e.data,
      recordedAt: e.recordedAt,
    });
    expect(folding.events.map(foldable)).toEqual(full.events.map(foldable));
    expect(folding.checkpoint).toEqual(full.checkpoint);
    const ours = folding.events.filter((e) => e.streamId === stream);
    expect(ours.map((e) => e.type)).toEqual(['ProposalDrafted', 'StageApproved']);
    expect(ours.map((e) => [e.metadata, e.eventId, e.previousHash, e.hash])).toEqual([
      [{}, null, null, ''],
      [{}, null, null, ''],
    ]);
  });

  it.each([1, 7, 1000])(
    'sees every event of 20 writers exactly once while paging with batch size %i',
    async (batchSize) => {
      const run = `readall-${randomUUID()}`;
      const start = await headCheckpoint();
      const written: string[] = [];
      let committed = 0;
      let writersDone = false;
      let expectedCount = Infinity;

      // A transaction that appends first, then stays open while later transactions commit.
      const heldOpen = f.dataSource.createQueryRunner();
      await heldOpen.connect();
      await heldOpen.startTransaction();
      const held = await f.store.append(`${run}-held`, [{ type: 'Held', data: {} }], {
        expectedVersion: 'no-stream',
        tx: heldOpen.manager,
      });

      // A transaction that takes its id early through another write, and appends only after others committed.
      const early = f.dataSource.createQueryRunner();
      await early.connect();
      await early.startTransaction();
      await early.query(`INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ('test', $1, 'x')`, [
        run,
      ]);

      const writers = Array.from({ length: WRITERS }, async (_, w) => {
        for (let i = 0; i < APPENDS_PER_WRITER; i++) {
          const events =
            i % 4 === 0
              ? [
                  { type: 'A', data: { w, i } },
                  { type: 'B', data: { w, i } },
                ]
              : [{ type: 'A', data: { w, i } }];
          const result = await f.store.append(`${run}-w${w}`, events, {
            expectedVersion: i === 0 ? 'no-stream' : 'any',
          });
          written.push(...result.events.map((e) => e.eventId));
          committed++;
        }
      });

      // An empty page only means nothing is safe to read yet: a transaction anywhere in the cluster
      // (another test file, say) holds the snapshot's xmin back. The reader stops once it has caught up
      // or after a deadline; an event skipped for good therefore shows up as missed below.
      const seen: RecordedEvent[] = [];
      const reader = (async () => {
        let checkpoint = start;
        let deadline = Infinity;
        for (;;) {
          const finished = writersDone;
          const page = await f.store.readAllPage(checkpoint, batchSize);
          seen.push(...page.events.filter((e) => e.streamId.startsWith(run)));
          checkpoint = page.checkpoint;
          if (finished && deadline === Infinity) deadline = Date.now() + 60_000;
          if (finished && page.events.length === 0 && (seen.length >= expectedCount || Date.now() > deadline))
            return;
          if (page.events.length === 0) await new Promise((r) => setTimeout(r, 2));
        }
      })();

      await until(() => committed >= (WRITERS * APPENDS_PER_WRITER) / 3, 'a third of the writes');
      const late = await f.store.append(`${run}-early`, [{ type: 'Early', data: {} }], {
        expectedVersion: 'no-stream',
        tx: early.manager,
      });
      await early.commitTransaction();
      await until(() => committed >= (WRITERS * APPENDS_PER_WRITER * 2) / 3, 'two thirds of the writes');
      await heldOpen.commitTransaction();
      await Promise.all(writers);
      await Promise.all([heldOpen.release(), early.release()]);
      expectedCount = written.length + 2;
      writersDone = true;
      await reader;

      written.push(held.events[0].eventId, late.events[0].eventId);
      const seenIds = seen.map((e) => e.eventId);
      expect(new Set(seenIds).size).toBe(seenIds.length); // 0 repeated
      expect(seenIds.sort()).toEqual([...written].sort()); // 0 missed
      // The held event took a lower position than events that committed before it.
      const laterPositions = seen.filter((e) => e.streamId !== `${run}-held`).map((e) => e.globalPosition);
      expect(held.events[0].globalPosition).toBeLessThan(Math.max(...laterPositions));
      // Each stream's own events still arrive in version order.
      for (const stream of new Set(seen.map((e) => e.streamId))) {
        const versions = seen.filter((e) => e.streamId === stream).map((e) => e.streamVersion);
        expect(versions).toEqual([...versions].sort((a, b) => a - b));
      }
    },
  );

  it('iterates the whole store in batches with the async iterator', async () => {
    const run = `iter-${randomUUID()}`;
    const start = await headCheckpoint();
    for (let i = 0; i < 25; i++)
      await f.store.append(`${run}`, [{ type: 'A', data: { i } }], { expectedVersion: 'any' });
    // A transaction open anywhere in the cluster hides newer events from readAll until it ends.
    await untilHorizonPassesEvents(f.dataSource);
    const ids: number[] = [];
    for await (const e of f.store.readAll({ after: start, batchSize: 4 })) {
      if (e.streamId === run) ids.push(e.streamVersion);
    }
    expect(ids).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
  });
});

describe('readAll across transaction ids of different lengths', () => {
  let database: string;
  let f: EventStoreFixture;
  beforeAll(async () => {
    database = await createScratchDatabase('xid_length'); // rows with made-up ids stay out of the shared store
    f = await eventStoreFixture({ url: databaseUrlFor(database), poolSize: 2 });
  });
  afterAll(async () => {
    await f.close();
    await dropScratchDatabase(database);
  });

  it('pages 999 before 1000, as numbers, never as text', async () => {
    // Transaction ids long past, written directly: only their order is under test.
    await tamper(
      database,
      ...(['999', '1000'] as const).map((xid, i): [string, unknown[]] => [
        `INSERT INTO events (stream_id, stream_version, event_id, type, data, recorded_at, transaction_id, hash)
           VALUES ('xid-length', $1, $2, 'A', '{}', now(), $3::xid8, $4)`,
        [i + 1, randomUUID(), xid, 'a'.repeat(64)],
      ]),
    );
    const seen: string[] = [];
    let checkpoint: GlobalCheckpoint | null = { transactionId: '998', position: 0 };
    for (let page = 0; page < 2; page++) {
      const { events, checkpoint: next } = await f.store.readAllPage(checkpoint, 1);
      seen.push(...events.map((e) => e.transactionId));
      checkpoint = next;
    }
    expect(seen).toEqual(['999', '1000']);
  });
});
