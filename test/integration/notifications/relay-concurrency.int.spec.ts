import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { loadNotificationsConfig } from '../../../src/config/notifications.config';
import { createDataSource } from '../../../src/database/data-source';
import { OutboxWriter, type OutboxMessage } from '../../../src/event-store/outbox.writer';
import { NOTIFICATIONS_QUEUE } from '../../../src/notifications/notification-queue';
import type { OutboxPayload } from '../../../src/notifications/outbox/notification-outbox';
import { OutboxRelay } from '../../../src/notifications/relay/outbox-relay';
import { MovableClock } from '../../support/movable-clock';
import { TEST_DATABASE_URL, TEST_REDIS_URL } from '../../support/test-env';

const ROWS = 1_200; // more than two batches of 500, so both relays claim while the other holds its locks

/*
 * Our rows become due in 2200 and the relays' clock says 2200: no relay of another test file (on
 * today's clock) can take them, so every one of them must be handed over by one of ours, exactly once.
 */
const DUE = new Date('2200-01-01T00:00:00.000Z');

interface Handed {
  relay: string;
  id: string;
}

const aDelivery = (recipient: string): OutboxMessage => {
  const payload: OutboxPayload = {
    channel: 'in-app',
    recipient,
    target: null,
    template: 'stage-opened',
    language: 'vi',
    data: {
      proposalId: randomUUID(),
      proposalTitle: 'Sắp xếp phòng',
      proposalType: 'internal-restructuring',
    },
  };
  return { id: randomUUID(), eventId: randomUUID(), channel: 'in-app', recipient, payload, availableAt: DUE };
};

describe('Two outbox relays draining the same rows', () => {
  const config = loadNotificationsConfig({}); // REDELIVER_AFTER_MS 5 min: no legitimate second hand-over
  const clock = new MovableClock(DUE.toISOString());
  const recipient = `relay-race-${randomUUID()}`;
  let pools: DataSource[];
  let queue: Queue;
  let mine: Set<string>;
  const taken = new Set<string>(); // every id any of our relays handed over, ours or not

  beforeAll(async () => {
    pools = [createDataSource(TEST_DATABASE_URL, 4), createDataSource(TEST_DATABASE_URL, 4)];
    await Promise.all(pools.map((p) => p.initialize()));
    queue = new Queue(NOTIFICATIONS_QUEUE, {
      connection: { url: TEST_REDIS_URL },
      prefix: `ra-relay-${randomUUID().slice(0, 8)}`,
    });
    const messages = Array.from({ length: ROWS }, () => aDelivery(recipient));
    mine = new Set(messages.map((m) => m.id));
    await pools[0].transaction((tx) => new OutboxWriter().add(tx, messages));
  });
  afterAll(async () => {
    // Rows of other test files that our relays took (they were due on our clock) go back to pending,
    // so that their own relays hand them to their own queues.
    const others = [...taken].filter((id) => !mine.has(id));
    await pools[0].query(`UPDATE outbox SET status = 'pending' WHERE id = ANY($1) AND status = 'enqueued'`, [
      others,
    ]);
    await queue.obliterate({ force: true });
    await queue.close();
    await Promise.all(pools.map((p) => p.destroy()));
  });

  /**
   * Relays A and B, each on its own pool, drain until they find nothing more; returns each job id
   * handed to addBulk with the relay that handed it. Each relay's first addBulk waits for the other's
   * (at most 2 s, well within the relay's own Redis deadline), so both hold a claimed batch at the
   * same moment rather than one draining everything before the other has started.
   */
  const race = async (): Promise<Handed[]> => {
    const handed: Handed[] = [];
    const arrived = new Set<string>();
    const bothArrived = new Promise<void>((resolve) => {
      const deadline = Date.now() + 2_000;
      const timer = setInterval(() => {
        if (arrived.size < 2 && Date.now() < deadline) return;
        clearInterval(timer);
        resolve();
      }, 5);
    });
    const queueSeenBy = (relay: string): Queue =>
      new Proxy(queue, {
        get(target, prop) {
          if (prop === 'addBulk')
            return async (jobs: Parameters<Queue['addBulk']>[0]) => {
              handed.push(...jobs.map((j) => ({ relay, id: String(j.opts?.jobId) })));
              arrived.add(relay);
              await bothArrived;
              return target.addBulk(jobs);
            };
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    await Promise.all(pools.map((p) => p.query('SELECT 1'))); // both pools connected before the start
    await Promise.all(
      ['A', 'B'].map(async (name, i) => {
        const relay = new OutboxRelay(pools[i], queueSeenBy(name), clock, config);
        while ((await relay.relayBatch()) > 0);
      }),
    );
    for (const h of handed) taken.add(h.id);
    return handed;
  };

  const expectEachOfOursOnce = (handed: Handed[]) => {
    const ids = handed.map((h) => h.id);
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect({ handedTwice: twice.length, some: twice.slice(0, 3) }).toEqual({ handedTwice: 0, some: [] });
    const ours = handed.filter((h) => mine.has(h.id));
    expect(ours).toHaveLength(ROWS);
    // Both relays took a share: the race really happened.
    expect(ours.filter((h) => h.relay === 'A').length).toBeGreaterThan(0);
    expect(ours.filter((h) => h.relay === 'B').length).toBeGreaterThan(0);
  };

  const jobsInQueue = async () =>
    new Set((await queue.getJobs(['waiting', 'delayed', 'prioritized', 'active'])).map((j) => j.id));

  const ourRows = async () =>
    (
      (await pools[0].query(
        `SELECT status, attempts, count(*) AS n FROM outbox WHERE recipient = $1 GROUP BY status, attempts`,
        [recipient],
      )) as { status: string; attempts: number; n: string }[]
    ).map((r) => ({ ...r, n: Number(r.n) }));

  it(`hands each of ${ROWS} pending rows to the queue exactly once`, async () => {
    const handed = await race();

    expectEachOfOursOnce(handed);
    const counts = await queue.getJobCounts();
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(new Set(handed.map((h) => h.id)).size);
    const jobs = await jobsInQueue();
    expect([...mine].filter((id) => !jobs.has(id))).toEqual([]);
    expect(await ourRows()).toEqual([{ status: 'enqueued', attempts: 1, n: ROWS }]);
  });

  it(`hands each of ${ROWS} rows whose jobs Redis lost to the queue again exactly once`, async () => {
    await queue.obliterate({ force: true }); // as a Redis restarted without persistence would
    await pools[0].query(`UPDATE outbox SET enqueued_at = now() - interval '1 hour' WHERE recipient = $1`, [
      recipient,
    ]);

    const handed = await race();

    expectEachOfOursOnce(handed);
    const jobs = await jobsInQueue();
    expect([...mine].filter((id) => !jobs.has(id))).toEqual([]);
    expect(await ourRows()).toEqual([{ status: 'enqueued', attempts: 2, n: ROWS }]);
  });
});
