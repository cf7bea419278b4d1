import { randomUUID } from 'node:crypto';
import { Queue, Worker } from 'bullmq';
import type { DataSource } from 'typeorm';
import { loadNotificationsConfig } from '../../../src/config/notifications.config';
import { createDataSource } from '../../../src/database/data-source';
import { OutboxWriter, type OutboxMessage } from '../../../src/event-store/outbox.writer';
import { DELIVER_JOB, NOTIFICATIONS_QUEUE } from '../../../src/notifications/notification-queue';
import { OutboxRelay, poolOf } from '../../../src/notifications/relay/outbox-relay';
import { OutboxRelayRunner } from '../../../src/notifications/relay/outbox-relay.runner';
import { SystemClock } from '../../../src/shared/clock';
import { pollUntil } from '../../support/notification-scenario';
import { createScratchDatabase, dropScratchDatabase } from '../../support/scratch-database';
import { TEST_REDIS_URL, databaseUrlFor } from '../../support/test-env';

const aDelivery = (): OutboxMessage => ({
  id: randomUUID(),
  eventId: randomUUID(),
  channel: 'in-app',
  recipient: 'STC',
  payload: {
    channel: 'in-app',
    recipient: 'STC',
    target: null,
    template: 'stage-opened',
    language: 'vi',
    data: {},
  },
});

/** The relay on a database of its own: no relay of another test file takes these rows. */
describe('The outbox relay', () => {
  const config = loadNotificationsConfig({});
  let database: string;
  let db: DataSource;
  let queue: Queue;
  const connection = { url: TEST_REDIS_URL };

  beforeAll(async () => {
    database = await createScratchDatabase('relay');
    db = createDataSource(databaseUrlFor(database), 4);
    await db.initialize();
  });
  beforeEach(async () => {
    await db.query('DELETE FROM outbox');
    queue = new Queue(NOTIFICATIONS_QUEUE, { connection, prefix: `ra-relay-${randomUUID().slice(0, 8)}` });
  });
  afterEach(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
  });
  afterAll(async () => {
    await db?.destroy();
    if (database) await dropScratchDatabase(database);
  });

  const commit = async (transactions: number, perTransaction: number): Promise<string[]> => {
    const ids: string[] = [];
    for (let t = 0; t < transactions; t++) {
      const batch = Array.from({ length: perTransaction }, aDelivery);
      await db.transaction((tx) => new OutboxWriter().add(tx, batch));
      ids.push(...batch.map((m) => m.id));
    }
    return ids;
  };
  const rowsOf = async (ids: string[]) =>
    (await db.query(
      `SELECT status, attempts, count(*)::int AS n FROM outbox WHERE id = ANY($1) GROUP BY 1, 2`,
      [ids],
    )) as { status: string; attempts: number; n: number }[];
  const relayOn = (q: Queue) => new OutboxRelay(db, q, new SystemClock(), config);

  it('marks no row while Redis takes only part of a batch, then hands each row over once', async () => {
    const ids = await commit(1, 600);
    const held = await poolOf(db).connect(); // as the runner's first lane holds one: it must stay usable
    const breaking = new Proxy(queue, {
      get: (target, prop) =>
        prop === 'addBulk'
          ? async (jobs: Parameters<Queue['addBulk']>[0]) => {
              await target.addBulk(jobs.slice(0, 10));
              throw new Error('Redis went away mid-batch');
            }
          : Reflect.get(target, prop, target),
    });

    try {
      await expect(relayOn(breaking).relayBatch(held)).rejects.toThrow('mid-batch');
      expect(await rowsOf(ids)).toEqual([{ status: 'pending', attempts: 0, n: 600 }]);
      const [{ free }] = await db.query(
        `SELECT count(*)::int AS free FROM (SELECT id FROM outbox WHERE id = ANY($1) FOR UPDATE SKIP LOCKED) t`,
        [ids],
      );
      expect(free).toBe(600); // the failed batch let go of its claim: another relay may take the rows now

      while ((await relayOn(queue).relayBatch(held)) > 0);
    } finally {
      held.release();
    }
    expect(await rowsOf(ids)).toEqual([{ status: 'enqueued', attempts: 1, n: 600 }]);
    expect(await queue.count()).toBe(600);
  });

  it('sorts stale rows by what Redis still holds, in one batch', async () => {
    const ids = await commit(1, 8);
    await db.query(
      `UPDATE outbox SET status = 'enqueued', attempts = 1, enqueued_at = now() - interval '1 hour' WHERE id = ANY($1)`,
      [ids],
    );
    const [waiting, failed, completed, lost] = [
      ids.slice(0, 2),
      ids.slice(2, 4),
      ids.slice(4, 6),
      ids.slice(6),
    ];
    const job = (id: string) => ({
      name: DELIVER_JOB,
      data: { fail: failed.includes(id) },
      opts: { jobId: id },
    });
    await queue.addBulk([...failed, ...completed].map(job));
    const worker = new Worker(
      NOTIFICATIONS_QUEUE,
      async (j) => {
        if (j.data.fail) throw new Error('the recipient refused it');
      },
      {
        connection,
        prefix: queue.opts.prefix,
      },
    );
    await pollUntil(
      () => queue.getJobCounts('completed', 'failed'),
      (c) => c.completed + c.failed === 4,
      'jobs run',
      10_000,
      20,
    );
    await worker.close();
    await queue.addBulk(waiting.map(job));

    expect(await relayOn(queue).relayBatch()).toBe(8);

    const state = async (group: string[]) => Promise.all(group.map((id) => queue.getJobState(id)));
    expect(await rowsOf(waiting)).toEqual([{ status: 'enqueued', attempts: 1, n: 2 }]);
    expect(await rowsOf(failed)).toEqual([{ status: 'failed', attempts: 1, n: 2 }]);
    expect(await rowsOf([...completed, ...lost])).toEqual([{ status: 'enqueued', attempts: 2, n: 4 }]);
    expect(await state([...waiting, ...completed, ...lost])).toEqual(Array(6).fill('waiting'));
    const [{ refreshed }] = await db.query(
      `SELECT bool_and(enqueued_at > now() - interval '1 minute') AS refreshed FROM outbox WHERE id = ANY($1)`,
      [waiting],
    );
    expect(refreshed).toBe(true);
  });

  it('wakes on NOTIFY, drains in two lanes handing each row over once, and gives its connections back', async () => {
    const handed: string[] = [];
    const counting = new Proxy(queue, {
      get: (target, prop) =>
        prop === 'addBulk'
          ? (jobs: Parameters<Queue['addBulk']>[0]) => {
              handed.push(...jobs.map((j) => String(j.opts?.jobId)));
              return target.addBulk(jobs);
            }
          : Reflect.get(target, prop, target),
    });
    const runner = new OutboxRelayRunner(relayOn(counting), db, 3_600_000, { warn: () => undefined });
    await runner.start(); // polling once an hour: only a NOTIFY can wake it in time

    const ids = await commit(24, 50);
    await pollUntil(
      () => rowsOf(ids),
      (r) => r[0]?.status === 'enqueued' && r[0].n === 1_200,
      'rows enqueued',
      30_000,
      50,
    );
    await runner.stop();

    expect(await rowsOf(ids)).toEqual([{ status: 'enqueued', attempts: 1, n: 1_200 }]);
    expect(handed).toHaveLength(new Set(handed).size);
    const pool = poolOf(db);
    expect(pool.totalCount - pool.idleCount).toBe(0);
  });
});
