import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { ConcurrencyError } from '../../../src/event-store/event-store.errors';
import type { AppendResult, Tx } from '../../../src/event-store/event-store.types';
import { eventStoreFixture, type EventStoreFixture } from '../../support/event-store-fixture';
import { TEST_DATABASE_URL } from '../../support/test-env';

const anEvent = (n: number) => ({ type: 'StageApproved', data: { n, by: 'Ban Tổ chức Tỉnh ủy' } });
const lastHash = (appended: AppendResult) => appended.events[appended.events.length - 1].hash;

/** Appends given the head the caller knows (version and that event's hash): no head lock first. */
describe('Appending with the head the caller knows', () => {
  let f: EventStoreFixture;
  const hooked: { streamId: string; seenInside: number; seenOutside: number }[] = [];
  // Its own connection: 40 writers may hold the whole pool while the winner's hook looks outside.
  const outside = new Client({ connectionString: TEST_DATABASE_URL });
  beforeAll(async () => {
    await outside.connect();
    f = await eventStoreFixture({ poolSize: 20 });
    f.store.onAppend(
      async (tx: Tx, appended) => {
        const eventId = appended.events[0].eventId;
        hooked.push({
          streamId: appended.streamId,
          seenInside: Number(
            (await tx.query('SELECT count(*) AS n FROM events WHERE event_id = $1', [eventId]))[0].n,
          ),
          seenOutside: Number(
            (await outside.query('SELECT count(*) AS n FROM events WHERE event_id = $1', [eventId])).rows[0]
              .n,
          ),
        });
      },
      { streamPrefix: 'hooked-' },
    );
  });
  afterAll(async () => {
    await f.close();
    await outside.end();
  });

  const chainOf = async (streamId: string) => {
    const report = await f.verifier.verify({ streamId });
    const rows: { version: string }[] = await f.dataSource.query(
      'SELECT stream_version AS version FROM events WHERE stream_id = $1 ORDER BY stream_version',
      [streamId],
    );
    return { intact: report.ok, versions: rows.map((r) => Number(r.version)) };
  };

  it('appends on the known head and keeps the hash chain', async () => {
    const stream = `plain-${randomUUID()}`;
    let appended = await f.store.append(stream, [anEvent(0)], { expectedVersion: 'no-stream' });
    for (let n = 1; n <= 5; n++) {
      appended = await f.store.append(stream, [anEvent(n), anEvent(n)], {
        expectedVersion: appended.nextExpectedVersion,
        previousHash: lastHash(appended),
      });
    }
    expect(appended.nextExpectedVersion).toBe(11);
    expect(await chainOf(stream)).toEqual({
      intact: true,
      versions: Array.from({ length: 11 }, (_, i) => i + 1),
    });
  });

  it('falls back to the head lock when the hash it was given is not the head’s, and chains to the real one', async () => {
    const stream = `plain-${randomUUID()}`;
    const first = await f.store.append(stream, [anEvent(0)], { expectedVersion: 'no-stream' });
    const second = await f.store.append(stream, [anEvent(1)], {
      expectedVersion: 1,
      previousHash: 'f'.repeat(64),
    });
    expect(second.events[0].previousHash).toBe(lastHash(first));
    expect(await chainOf(stream)).toEqual({ intact: true, versions: [1, 2] });
  });

  it('refuses a stale version even with the hash that was right then, and writes nothing', async () => {
    const stream = `plain-${randomUUID()}`;
    const first = await f.store.append(stream, [anEvent(0)], { expectedVersion: 'no-stream' });
    await f.store.append(stream, [anEvent(1)], { expectedVersion: 1, previousHash: lastHash(first) });
    await expect(
      f.store.append(stream, [anEvent(2)], { expectedVersion: 1, previousHash: lastHash(first) }),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await chainOf(stream)).toEqual({ intact: true, versions: [1, 2] });
  });

  it.each([
    ['alone (one statement, no hook wants the stream)', 'plain-'],
    ['with an append hook in the transaction', 'hooked-'],
  ])('lets exactly one of 40 writers on the same known head win, %s', async (_, prefix) => {
    const stream = `${prefix}${randomUUID()}`;
    const first = await f.store.append(stream, [anEvent(0), anEvent(1)], { expectedVersion: 'no-stream' });
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        f.store.append(stream, [anEvent(100 + i)], { expectedVersion: 2, previousHash: lastHash(first) }),
      ),
    );
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(lost).toHaveLength(39);
    for (const failure of lost) expect(failure.reason).toBeInstanceOf(ConcurrencyError);
    expect(await chainOf(stream)).toEqual({ intact: true, versions: [1, 2, 3] });
  });

  it('runs a hook only for the streams it asked for, inside the append', async () => {
    hooked.length = 0;
    const wanted = `hooked-${randomUUID()}`;
    const other = `plain-${randomUUID()}`;
    const a = await f.store.append(wanted, [anEvent(0)], { expectedVersion: 'no-stream' });
    await f.store.append(wanted, [anEvent(1)], { expectedVersion: 1, previousHash: lastHash(a) });
    const b = await f.store.append(other, [anEvent(0)], { expectedVersion: 'no-stream' });
    await f.store.append(other, [anEvent(1)], { expectedVersion: 1, previousHash: lastHash(b) });
    // Seen inside the append's transaction, not yet committed outside it.
    const inAppend = { streamId: wanted, seenInside: 1, seenOutside: 0 };
    expect(hooked).toEqual([inAppend, inAppend]);
  });
});
