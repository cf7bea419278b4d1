import { randomUUID } from 'node:crypto';
import { eventStoreFixture, type EventStoreFixture } from '../../support/event-store-fixture';
import { forkTs, killHard, nextMessage } from '../../support/child-process';

describe('The events table is append-only', () => {
  let f: EventStoreFixture;
  let stream: string;
  beforeAll(async () => {
    f = await eventStoreFixture();
    stream = `proposal-${randomUUID()}`;
    await f.store.append(stream, [{ type: 'ProposalSubmitted', data: { title: 'Sáp nhập xã Vĩnh Hòa' } }], {
      expectedVersion: 'no-stream',
    });
  });
  afterAll(() => f.close());

  it.each([
    ['UPDATE', `UPDATE events SET data = '{}' WHERE stream_id = $1`],
    ['DELETE', `DELETE FROM events WHERE stream_id = $1`],
    ['UPDATE of no row', `UPDATE events SET type = 'x' WHERE stream_id = $1 AND false`],
  ])('refuses %s', async (_, sql) => {
    await expect(f.dataSource.query(sql, [stream])).rejects.toThrow(/append-only/);
    const rows = await f.dataSource.query('SELECT data FROM events WHERE stream_id = $1', [stream]);
    expect(rows).toEqual([{ data: { title: 'Sáp nhập xã Vĩnh Hòa' } }]);
  });

  it('refuses TRUNCATE', async () => {
    await expect(f.dataSource.query('TRUNCATE events')).rejects.toThrow(/append-only/);
    expect(await f.store.streamVersion(stream)).toBe(1);
  });
});

describe('A process killed in the middle of an append', () => {
  let f: EventStoreFixture;
  beforeAll(async () => (f = await eventStoreFixture()));
  afterAll(() => f.close());

  const countsByStream = async (prefix: string): Promise<number[]> => {
    const rows: { n: string }[] = await f.dataSource.query(
      `SELECT count(*) AS n FROM events WHERE stream_id LIKE $1 || '-%' GROUP BY stream_id`,
      [prefix],
    );
    return rows.map((r) => Number(r.n));
  };

  it('leaves none of a five-event append that had been written but not committed', async () => {
    const prefix = `crash-${randomUUID()}`;
    const child = forkTs('append-in-loop.ts', ['hang', prefix]);
    await nextMessage(child, 'appended', 90_000);
    await killHard(child);
    expect(await countsByStream(prefix)).toEqual([]);
    expect(await f.store.streamVersion(`${prefix}-0`)).toBe(0);
  });

  it('leaves all or none of each five-event append when SIGKILLed at random moments', async () => {
    for (let round = 0; round < 5; round++) {
      const prefix = `crash-${randomUUID()}`;
      const child = forkTs('append-in-loop.ts', ['loop', prefix]);
      await nextMessage(child, 'started', 90_000);
      await new Promise((r) => setTimeout(r, 50 + Math.random() * 200));
      await killHard(child);
      const counts = await countsByStream(prefix);
      expect(counts.length).toBeGreaterThan(0);
      for (const n of counts) expect(n).toBe(5);
    }
  }, 600_000); // five child processes, each compiling its sources on start: slow on a loaded machine
});
