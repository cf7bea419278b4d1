import { randomUUID } from 'node:crypto';
import { ConcurrencyError } from '../../../src/event-store/event-store.errors';
import {
  MOVED_HEAD,
  type AppendResult,
  type AppendStatementPart,
  type PlannedAppend,
} from '../../../src/event-store/event-store.types';
import { PostgresEventStore } from '../../../src/event-store/postgres-event-store';
import { SystemClock } from '../../../src/shared/clock';
import { opensTransaction, recordStatementsSent } from '../../support/statements-sent';
import { eventStoreFixture, type EventStoreFixture } from '../../support/event-store-fixture';

const anEvent = (n: number) => ({ type: 'StageApproved', data: { n, by: 'Sở Nội vụ tỉnh Đông Yên' } });
const lastHash = (appended: AppendResult) => appended.events[appended.events.length - 1].hash;

/** The probe a hook's part writes: one row per event, as an outbox would. */
const PROBE = 'append_part_probe';
const probePart = (planned: PlannedAppend, join = MOVED_HEAD): AppendStatementPart => ({
  name: join ? 'probe.insert' : 'probe.insert-unjoined',
  text: `INSERT INTO ${PROBE} (event_id, stream_id, note)
         SELECT r.id, $2, $3 FROM jsonb_to_recordset($1::jsonb) AS r(id uuid)${join ? `, ${join}` : ''}`,
  params: [JSON.stringify(planned.events.map((e) => ({ id: e.eventId }))), planned.streamId, 'Hòa'],
});

/** Appends whose hooks give their writes as parts of the append's own statement. */
describe('Appending with the hooks’ writes as parts of one statement', () => {
  let f: EventStoreFixture;
  const ranInTransaction: string[] = [];
  let recorded: string[] = [];
  const probeRows = async (streamId: string) =>
    (
      (await f.dataSource.query(`SELECT event_id::text AS id FROM ${PROBE} WHERE stream_id = $1`, [
        streamId,
      ])) as { id: string }[]
    ).map((r) => r.id);
  const versionOf = async (streamId: string) => f.store.streamVersion(streamId);

  beforeAll(async () => {
    f = await eventStoreFixture({ poolSize: 20 });
    await f.dataSource.query(
      `CREATE TABLE IF NOT EXISTS ${PROBE} (event_id uuid PRIMARY KEY, stream_id text NOT NULL, note text)`,
    );
    const writeProbe = async (
      tx: { query: (q: string, p: unknown[]) => Promise<unknown> },
      a: AppendResult,
    ) => {
      ranInTransaction.push(a.streamId);
      const part = probePart(a);
      await tx.query(part.text.replace(`, ${MOVED_HEAD}`, ''), part.params);
    };
    f.store.onAppend(writeProbe, { streamPrefix: 'parts-', parts: (planned) => [probePart(planned)] });
    f.store.onAppend(writeProbe, { streamPrefix: 'tx-only-', parts: () => null });
    f.store.onAppend(writeProbe, {
      streamPrefix: 'unjoined-',
      parts: (planned) => [probePart(planned, '')],
    });
  });
  // Only this fixture talks to the database in this process.
  beforeEach(() => (recorded = recordStatementsSent()));
  afterEach(() => jest.restoreAllMocks());
  afterAll(async () => {
    await f.dataSource.query(`DROP TABLE IF EXISTS ${PROBE}`);
    await f.close();
  });

  const started = async (prefix: string) => {
    const stream = `${prefix}${randomUUID()}`;
    const first = await f.store.append(stream, [anEvent(0)], { expectedVersion: 'no-stream' });
    return { stream, first };
  };

  it('commits the events and the parts’ rows in one statement, with no transaction around it', async () => {
    const { stream, first } = await started('parts-');
    recorded.length = 0;
    const appended = await f.store.append(stream, [anEvent(1), anEvent(2)], {
      expectedVersion: 1,
      previousHash: lastHash(first),
    });
    const sent = recorded;
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain(PROBE);
    expect(sent[0]).toContain('INSERT INTO events');
    expect(sent.filter((q) => opensTransaction(q))).toEqual([]);
    expect((await probeRows(stream)).sort()).toEqual(
      [first, appended].flatMap((a) => a.events.map((e) => e.eventId)).sort(),
    );
    expect(await versionOf(stream)).toBe(3);
  });

  it('lets exactly one of 30 writers on the same head win, and writes only the winner’s part', async () => {
    const { stream, first } = await started('parts-');
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        f.store.append(stream, [anEvent(100 + i)], { expectedVersion: 1, previousHash: lastHash(first) }),
      ),
    );
    const won = results.filter((r): r is PromiseFulfilledResult<AppendResult> => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    for (const failure of lost) expect(failure.reason).toBeInstanceOf(ConcurrencyError);
    expect((await probeRows(stream)).sort()).toEqual(
      [first.events[0].eventId, won[0].value.events[0].eventId].sort(),
    );
  });

  it('creates a stream in one statement; of 30 creators racing for it one wins, and only its part is written', async () => {
    const stream = `parts-${randomUUID()}`;
    const results = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        f.store.append(stream, [anEvent(i)], { expectedVersion: 'no-stream' }),
      ),
    );
    const won = results.filter((r): r is PromiseFulfilledResult<AppendResult> => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    for (const failure of lost) expect(failure.reason).toBeInstanceOf(ConcurrencyError);
    expect(await probeRows(stream)).toEqual([won[0].value.events[0].eventId]);
    expect(await versionOf(stream)).toBe(1);

    recorded.length = 0;
    const fresh = `parts-${randomUUID()}`;
    await f.store.append(fresh, [anEvent(0)], { expectedVersion: 'no-stream' });
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toContain('INSERT INTO streams');
    expect(recorded[0]).toContain(PROBE);
  });

  it('writes nothing when a part fails: the events go with it', async () => {
    const { stream, first } = await started('parts-');
    // A store whose next event id the probe already holds, so the part breaks the probe's primary key.
    const taken = randomUUID();
    await f.dataSource.query(`INSERT INTO ${PROBE} (event_id, stream_id) VALUES ($1, 'elsewhere')`, [taken]);
    const clashing = new PostgresEventStore(f.dataSource, f.hasher, new SystemClock(), { uuid: () => taken });
    clashing.onAppend(() => Promise.resolve(), { streamPrefix: 'parts-', parts: (p) => [probePart(p)] });
    await expect(
      clashing.append(stream, [anEvent(1)], { expectedVersion: 1, previousHash: lastHash(first) }),
    ).rejects.toThrow(/duplicate key/);
    expect(await versionOf(stream)).toBe(1);
    expect(await probeRows(stream)).toEqual([first.events[0].eventId]);
  });

  it('takes the transaction when a hook cannot give parts, and runs the hook in it', async () => {
    const { stream, first } = await started('tx-only-');
    ranInTransaction.length = 0;
    recorded.length = 0;
    await f.store.append(stream, [anEvent(1)], { expectedVersion: 1, previousHash: lastHash(first) });
    expect(ranInTransaction).toEqual([stream]);
    expect(recorded.some((q) => opensTransaction(q))).toBe(true);
    expect(await probeRows(stream)).toHaveLength(2);
  });

  it('refuses a part that does not join the moved head, before anything is written', async () => {
    const stream = `unjoined-${randomUUID()}`;
    await expect(f.store.append(stream, [anEvent(0)], { expectedVersion: 'no-stream' })).rejects.toThrow(
      `statement part probe.insert-unjoined does not join ${MOVED_HEAD}`,
    );
    expect(await versionOf(stream)).toBe(0);
    expect(await probeRows(stream)).toEqual([]);
  });
});
