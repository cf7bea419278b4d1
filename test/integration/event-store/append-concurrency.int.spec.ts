import { randomUUID } from 'node:crypto';
import { ConcurrencyError } from '../../../src/event-store/event-store.errors';
import { eventStoreFixture, type EventStoreFixture } from '../../support/event-store-fixture';

const anEvent = (n: number) => ({ type: 'StageApproved', data: { n, by: 'Ban Tổ chức Tỉnh ủy' } });

describe('Appending to one stream concurrently', () => {
  let f: EventStoreFixture;
  beforeAll(async () => (f = await eventStoreFixture({ poolSize: 20 })));
  afterAll(() => f.close());

  const versionsOf = async (streamId: string): Promise<number[]> => {
    const rows: { stream_version: string }[] = await f.dataSource.query(
      'SELECT stream_version FROM events WHERE stream_id = $1 ORDER BY stream_version',
      [streamId],
    );
    return rows.map((r) => Number(r.stream_version));
  };

  it('lets exactly one of 50 writers with the same expected version win; 49 get the conflict', async () => {
    const stream = `proposal-${randomUUID()}`;
    await f.store.append(stream, [anEvent(0), anEvent(1)], { expectedVersion: 'no-stream' });

    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        f.store.append(stream, [anEvent(100 + i)], { expectedVersion: 2 }),
      ),
    );

    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const failure of lost) {
      expect(failure.reason).toBeInstanceOf(ConcurrencyError);
      expect((failure.reason as ConcurrencyError).actualVersion).toBe(3);
    }
    expect(await versionsOf(stream)).toEqual([1, 2, 3]);
  });

  it('lets exactly one of 50 writers create a new stream', async () => {
    const stream = `proposal-${randomUUID()}`;
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        f.store.append(stream, [anEvent(i)], { expectedVersion: 'no-stream' }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await versionsOf(stream)).toEqual([1]);
  });

  it("keeps versions 1..n without gap or duplicate when 50 writers append with 'any'", async () => {
    const stream = `proposal-${randomUUID()}`;
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        f.store.append(stream, [anEvent(i), anEvent(i)], { expectedVersion: 'any' }),
      ),
    );
    expect(await versionsOf(stream)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(await f.store.streamVersion(stream)).toBe(100);
    expect((await f.verifier.verify({ streamId: stream })).ok).toBe(true);
  });

  it('reports the actual version when the stream has moved on', async () => {
    const stream = `proposal-${randomUUID()}`;
    await f.store.append(stream, [anEvent(1)], { expectedVersion: 'no-stream' });
    await expect(
      f.store.append(stream, [anEvent(2)], { expectedVersion: 'no-stream' }),
    ).rejects.toMatchObject({
      actualVersion: 1,
    });
    await expect(f.store.append(stream, [anEvent(2)], { expectedVersion: 5 })).rejects.toMatchObject({
      expectedVersion: 5,
      actualVersion: 1,
    });
  });

  it('writes all or none of a multi-event append', async () => {
    const stream = `proposal-${randomUUID()}`;
    await expect(
      f.store.transaction(async (tx) => {
        await f.store.append(stream, [anEvent(1), anEvent(2), anEvent(3)], {
          expectedVersion: 'no-stream',
          tx,
        });
        throw new Error('the projection failed');
      }),
    ).rejects.toThrow('the projection failed');
    expect(await versionsOf(stream)).toEqual([]);
    expect(await f.store.streamVersion(stream)).toBe(0);
  });

  it('refuses an event holding U+0000 before touching the database', async () => {
    const stream = `proposal-${randomUUID()}`;
    await expect(
      f.store.append(stream, [{ type: 'ProposalDrafted', data: { title: 'Hòa\u0000Bình' } }], {
        expectedVersion: 'any',
      }),
    ).rejects.toThrow(/U\+0000/);
    expect(await versionsOf(stream)).toEqual([]);
  });

  it('refuses an event without data the same way alone or beside others, writing nothing', async () => {
    const stream = `proposal-${randomUUID()}`;
    const empty = { type: 'DraftEdited', data: null as unknown as Record<string, unknown> };
    const drafted = { type: 'ProposalDrafted', data: { title: 'Vĩnh Thuận' } };
    for (const events of [[empty], [drafted, empty]]) {
      await expect(f.store.append(stream, events, { expectedVersion: 'no-stream' })).rejects.toThrow(
        'event DraftEdited has no data',
      );
    }
    expect(await versionsOf(stream)).toEqual([]);
  });
});
