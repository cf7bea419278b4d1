import { randomUUID } from 'node:crypto';
import type { Decider } from '../../../src/shared/domain/decider';
import { ConcurrencyError } from '../../../src/event-store/event-store.errors';
import { eventStoreFixture, type EventStoreFixture } from '../../support/event-store-fixture';

// A tiny decider: a tally that refuses to go above a ceiling.
type TallyCommand = { type: 'Add'; data: { n: number } } | { type: 'Noop'; data: Record<string, never> };
type TallyEvent = { type: 'Added'; data: { n: number } };
const tally: Decider<number, TallyCommand, TallyEvent> = {
  initialState: () => 0,
  evolve: (total, e) => total + e.data.n,
  decide: (c, total) => {
    if (c.type === 'Noop') return [];
    if (total + c.data.n > 100) throw new Error('ceiling');
    return [{ type: 'Added', data: { n: c.data.n } }];
  },
};
const add = (n: number): TallyCommand => ({ type: 'Add', data: { n } });

describe('CommandRunner.handle: read, fold, decide, append', () => {
  let f: EventStoreFixture;
  beforeAll(async () => (f = await eventStoreFixture({ poolSize: 20 })));
  afterAll(() => f.close());

  it('folds the stream, appends with the version read and returns the new state', async () => {
    const stream = `tally-${randomUUID()}`;
    await f.runner.handle(stream, tally, add(10), { metadata: { actorId: 'u1', correlationId: 'c-1' } });
    const result = await f.runner.handle(stream, tally, add(5));
    expect(result).toMatchObject({ version: 2, state: 15 });
    const loaded = await f.runner.load(stream, tally);
    expect(loaded).toEqual({ state: 15, version: 2, lastHash: result.events[result.events.length - 1].hash });
  });

  it('keeps the correlation id and actor in the event metadata', async () => {
    const stream = `tally-${randomUUID()}`;
    const result = await f.runner.handle(stream, tally, add(1), {
      metadata: { actorId: 'u1', correlationId: 'c-7' },
    });
    expect(result.events[0].metadata).toEqual({ actorId: 'u1', correlationId: 'c-7' });
  });

  it('appends nothing when the decider decides nothing', async () => {
    const stream = `tally-${randomUUID()}`;
    const result = await f.runner.handle(stream, tally, { type: 'Noop', data: {} });
    expect(result).toMatchObject({ version: 0, events: [] });
    expect(await f.store.streamVersion(stream)).toBe(0);
  });

  it('refuses a stale expected version without retrying', async () => {
    const stream = `tally-${randomUUID()}`;
    await f.runner.handle(stream, tally, add(1));
    await expect(
      f.runner.handle(stream, tally, add(1), { expectedVersion: 0, retries: 5 }),
    ).rejects.toBeInstanceOf(ConcurrencyError);
    expect(await f.store.streamVersion(stream)).toBe(1);
  });

  it('loses races with a conflict unless retries are allowed, and then decides on fresh state', async () => {
    const stream = `tally-${randomUUID()}`;
    await f.runner.handle(stream, tally, add(1));
    const strict = await Promise.allSettled(
      Array.from({ length: 10 }, () => f.runner.handle(stream, tally, add(1))),
    );
    const conflicts = strict.filter((r) => r.status === 'rejected');
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts) expect((c as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);

    const before = (await f.runner.load(stream, tally)).state;
    await Promise.all(
      Array.from({ length: 10 }, () => f.runner.handle(stream, tally, add(1), { retries: 20 })),
    );
    expect((await f.runner.load(stream, tally)).state).toBe(before + 10);
  });

  it('rolls back the append when work in the same transaction fails', async () => {
    const stream = `tally-${randomUUID()}`;
    await expect(
      f.runner.handle(stream, tally, add(3), {
        afterAppend: async () => {
          throw new Error('idempotency record failed');
        },
      }),
    ).rejects.toThrow('idempotency record failed');
    expect(await f.store.streamVersion(stream)).toBe(0);
  });

  it('runs registered append hooks inside the transaction', async () => {
    const stream = `hooked-${randomUUID()}`;
    const seen: string[] = [];
    f.store.onAppend(async (tx, appended) => {
      if (!appended.streamId.startsWith('hooked-')) return;
      const [{ n }] = await tx.query('SELECT count(*)::int AS n FROM events WHERE stream_id = $1', [
        appended.streamId,
      ]);
      seen.push(`${appended.streamId}:${n}`);
    });
    await f.runner.handle(stream, tally, add(2));
    expect(seen).toEqual([`${stream}:1`]);
  });

  describe('handleFrom: the command made from the folded state', () => {
    it('hands the maker the state it folded and decides the command it returns', async () => {
      const stream = `tally-${randomUUID()}`;
      await f.runner.handle(stream, tally, add(40));
      const seen: number[] = [];
      const result = await f.runner.handleFrom(stream, tally, async (total) => {
        seen.push(total);
        return add(total >= 40 ? 1 : 50);
      });
      expect(seen).toEqual([40]);
      expect(result).toMatchObject({ version: 2, state: 41 });
    });

    it('refuses from the maker before the version check, so a refused caller learns no version', async () => {
      const stream = `tally-${randomUUID()}`;
      await f.runner.handle(stream, tally, add(1));
      const refused = f.runner.handleFrom(
        stream,
        tally,
        async () => {
          throw new Error('not found');
        },
        { expectedVersion: 7 },
      );
      await expect(refused).rejects.toThrow('not found');
      expect(await f.store.streamVersion(stream)).toBe(1);
    });

    it('makes the command again from fresh state on each retry after losing a race', async () => {
      const stream = `tally-${randomUUID()}`;
      await f.runner.handle(stream, tally, add(1));
      const made: number[] = [];
      await Promise.all(
        Array.from({ length: 8 }, () =>
          f.runner.handleFrom(
            stream,
            tally,
            async (total) => {
              made.push(total);
              return add(1);
            },
            { retries: 20 },
          ),
        ),
      );
      expect((await f.runner.load(stream, tally)).state).toBe(9);
      // Each success was made from the state it appended on: 1 … 8 all appear.
      expect(new Set(made)).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8]));
    });
  });
});
