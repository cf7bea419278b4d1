import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { NotificationsConfig } from '../src/config/notifications.config';
import { NOTIFICATIONS_QUEUE, producerConnection } from '../src/notifications/notification-queue';
import { OutboxRelay } from '../src/notifications/relay/outbox-relay';
import { OutboxRelayRunner } from '../src/notifications/relay/outbox-relay.runner';
import { SystemClock } from '../src/shared/clock';
import { OutboxWriters, PER_TRANSACTION } from './outbox-writers';
import type { Sample } from './stats';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const QUEUED = ['wait', 'delayed', 'prioritized'] as const;

/** Each job's enqueue time (BullMQ's job timestamp) minus its row's commit time; and the last enqueue. */
const enqueueLatencies = async (queue: Queue, committedAt: Map<string, number>, expected: number) => {
  const deadline = Date.now() + 120_000;
  while ((await queue.getJobCountByTypes(...QUEUED)) < expected) {
    if (Date.now() > deadline) throw new Error('the relay did not enqueue every notification within 120 s');
    await sleep(20);
  }
  const latenciesMs: number[] = [];
  let lastEnqueued = 0;
  for (let from = 0; from < expected; from += 1_000) {
    for (const job of await queue.getJobs([...QUEUED], from, from + 999, true)) {
      const committed = committedAt.get(job.id!);
      if (committed === undefined) continue;
      latenciesMs.push(Math.max(0, job.timestamp - committed));
      lastEnqueued = Math.max(lastEnqueued, job.timestamp);
    }
  }
  return { latenciesMs, lastEnqueued };
};

/**
 * Commits `total` notifications (five per transaction) and lets the real relay (OutboxRelay and its
 * LISTEN/poll runner, as the worker runs them) move them to BullMQ, on a queue prefix of its own.
 * Paced (`ratePerSecond` > 0): the relay runs while the writers commit at that rate; latency is the job
 * timestamp − the writer's commit time. Drain (0): everything is committed first, then the relay
 * starts; its throughput alone.
 */
const oneRun = async (
  db: DataSource,
  config: NotificationsConfig,
  redisUrl: string,
  total: number,
  ratePerSecond: number,
): Promise<Sample> => {
  const prefix = `${config.queuePrefix}-outbox-${randomUUID().slice(0, 6)}`;
  const queue = new Queue(NOTIFICATIONS_QUEUE, { connection: producerConnection(redisUrl), prefix });
  const log = { warn: (o: object, m: string) => process.stderr.write(`relay: ${m} ${JSON.stringify(o)}\n`) };
  const runner = new OutboxRelayRunner(
    new OutboxRelay(db, queue, new SystemClock(), config),
    db,
    config.relayPollMs,
    log,
  );
  const writers = new OutboxWriters(db);
  const transactions = Math.ceil(total / PER_TRANSACTION);
  try {
    let started: number;
    if (ratePerSecond > 0) {
      await runner.start();
      started = Date.now();
      await writers.commitPaced(transactions, ratePerSecond);
    } else {
      await writers.commitAll(transactions);
      started = Date.now();
      await runner.start();
    }
    const expected = transactions * PER_TRANSACTION;
    const { latenciesMs, lastEnqueued } = await enqueueLatencies(queue, writers.committedAt, expected);
    const elapsedMs = lastEnqueued - started;
    return {
      ops: latenciesMs.length,
      elapsedMs,
      perSecond: (latenciesMs.length * 1000) / elapsedMs,
      latenciesMs,
    };
  } finally {
    await runner.stop();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
};

export interface OutboxResults {
  /** Throughput of the relay alone, over a backlog committed beforehand. */
  drain: Sample[];
  /** Commit→enqueued latency while writers commit at each rate (notifications per second). */
  paced: Record<number, Sample[]>;
}

/** Rows left by the other parts are set aside first (this database is the benchmark's), so only ours are relayed. */
export const benchOutbox = async (
  db: DataSource,
  config: NotificationsConfig,
  redisUrl: string,
  total: number,
  runs: number,
  pacedRates: number[],
): Promise<OutboxResults> => {
  await db.query(
    `UPDATE outbox SET status = 'failed', last_error = 'set aside by the benchmark' WHERE status IN ('pending', 'enqueued')`,
  );
  const results: OutboxResults = { drain: [], paced: {} };
  for (let r = 0; r < runs; r++) {
    results.drain.push(await oneRun(db, config, redisUrl, total, 0));
    for (const rate of pacedRates)
      (results.paced[rate] ??= []).push(await oneRun(db, config, redisUrl, total, rate));
  }
  return results;
};
