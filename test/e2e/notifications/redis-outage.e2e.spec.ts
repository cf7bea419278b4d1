import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { NOTIFICATION_QUEUE_TOKEN } from '../../../src/notifications/notification-queue.token';
import { startMailCatcher } from '../../support/mail-catcher';
import { auditDeliveries, pollUntil, proposalActors } from '../../support/notification-scenario';
import { startRedisServer, type RedisServer } from '../../support/redis-server';
import { startTestApp, type TestApp } from '../../support/test-app';

const COMMANDS = 300;
const PER_PROPOSAL = 5;
const LANES = 3; // proposals advance side by side, as several users would
const DRAIN_MS = 60_000;

/**
 * Redis only delivers: PostgreSQL holds every command and every outbox row. So Redis dying, or losing
 * everything it held, must neither fail a command nor lose or double a notification.
 */
describe('Notifications across a Redis outage', () => {
  let redis: RedisServer;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let t: TestApp;
  let actors: Awaited<ReturnType<typeof proposalActors>>;
  const queue = () => t.app.get<Queue>(NOTIFICATION_QUEUE_TOKEN);

  beforeAll(async () => {
    [redis, mail] = await Promise.all([startRedisServer(), startMailCatcher()]);
    t = await startTestApp({
      env: {
        RUN_WORKERS: 'true',
        REDIS_URL: redis.url,
        SMTP_URL: mail.url,
        RELAY_POLL_MS: '200',
        REDELIVER_AFTER_MS: '3000',
        DELIVERY_BACKOFF_MS: '100',
      },
    });
    actors = await proposalActors(t);
    await actors.registerBoardMailbox();
  });
  afterAll(async () => {
    await actors?.unregisterBoardMailbox();
    await t?.close();
    await Promise.all([redis?.close(), mail?.close()]);
  });

  /**
   * Runs COMMANDS commands over COMMANDS / PER_PROPOSAL proposals: drafted, a document attached,
   * submitted, then either appraised and given the Sở Tài chính's opinion, or returned and withdrawn.
   * `at(n)` runs after the n-th command has answered. Returns the proposals and the unexpected answers.
   */
  const runCommands = async (label: string, at: Record<number, () => Promise<void>>) => {
    let done = 0;
    const unexpected: string[] = [];
    const proposals: string[] = [];
    const command = async (what: string, req: PromiseLike<{ status: number; body: unknown }>) => {
      const res = await req;
      if (res.status >= 300 && res.status !== 409)
        unexpected.push(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
      done += 1;
      await at[done]?.();
      return res;
    };
    const journey = async (n: number) => {
      const drafted = await command('draft', actors.draft(`${label} — đề án số ${n}`));
      const id = (drafted.body as { proposalId: string }).proposalId;
      if (!id) return;
      proposals.push(id);
      await command('attach', actors.attach(id));
      await command('submit', actors.submit(id));
      if (n % 3 === 0) {
        await command('request-revision', actors.requestRevision(id));
        await command('withdraw', actors.withdraw(id));
      } else {
        await command('approve', actors.approve(id));
        await command('opinion', actors.giveOpinion(id));
      }
    };
    const count = COMMANDS / PER_PROPOSAL;
    await Promise.all(
      Array.from({ length: LANES }, async (_, lane) => {
        for (let n = lane; n < count; n += LANES) await journey(n);
      }),
    );
    expect(done).toBe(COMMANDS);
    return { proposals, unexpected };
  };

  /**
   * Waits, until DRAIN_MS after `since`, for every due delivery of `proposals`, then for the queue to
   * hold none of their jobs (nothing left that could send a second copy); returns the audit.
   */
  const delivered = async (proposals: string[], since: number) => {
    const db = t.app.get(DataSource);
    const audit = await pollUntil(
      () => auditDeliveries(db, proposals, mail.mails),
      (a) => a.missing.length === 0 && a.unconfirmed === 0,
      'every due notification',
      since + DRAIN_MS - Date.now(),
    );
    const drainedAfter = Date.now() - since;
    const due = new Set(audit.deliveryIds);
    await pollUntil(
      async () =>
        (await queue().getJobs(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'])).filter(
          (job) => job && due.has(String(job.id)),
        ).length,
      (left) => left === 0,
      'no job of these deliveries left in the queue',
      DRAIN_MS,
    );
    return { audit: await auditDeliveries(db, proposals, mail.mails), drainedAfter };
  };

  const expectEachOnce = (audit: Awaited<ReturnType<typeof auditDeliveries>>) => {
    expect(audit.missing).toEqual([]);
    expect(audit.expected.inApp).toBeGreaterThan(0);
    expect(audit.expected.email).toBeGreaterThan(0);
    expect({ ledger: audit.extraLedger, inApp: audit.extraInApp, email: audit.emailRepeats }).toEqual({
      ledger: 0,
      inApp: 0,
      email: 0,
    });
  };

  /**
   * A backlog, as a busy worker would have: `start` pauses the queue some commands ahead, and `fault`
   * waits until jobs are waiting in Redis, so that it destroys jobs whose rows the outbox already shows
   * as enqueued. Only the sweeper can bring those back (the fault also clears the pause).
   */
  const backlogThen = (fault: () => Promise<void>) => ({
    start: () => queue().pause(),
    fault: async () => {
      await pollUntil(
        () => queue().getJobCounts('waiting'),
        (c) => c.waiting > 0,
        'jobs waiting in Redis',
        20_000,
      );
      await fault();
    },
  });

  /** Due rows of `proposals` the relay had to hand over more than once: the jobs the fault destroyed. */
  const handedOverAgain = async (proposals: string[]) => {
    const [row]: { n: string }[] = await t.app
      .get(DataSource)
      .query(
        `SELECT count(*) AS n FROM outbox WHERE payload->'data'->>'proposalId' = ANY($1) AND attempts > 1`,
        [proposals],
      );
    return Number(row.n);
  };

  it('answers every command while Redis is dead, then delivers each notification once', async () => {
    let returnedAt = 0;
    const crash = backlogThen(() => redis.kill());
    const { proposals, unexpected } = await runCommands('Redis chết', {
      [COMMANDS * 0.1]: crash.start,
      [COMMANDS * 0.2]: crash.fault,
      [COMMANDS * 0.6]: async () => {
        await redis.restart();
        returnedAt = Date.now();
      },
    });
    const commandsDoneAfter = Date.now() - returnedAt;
    expect(unexpected).toEqual([]);

    const { audit, drainedAfter } = await delivered(proposals, returnedAt);
    const again = await handedOverAgain(proposals);
    console.log(
      `Redis killed at command ${COMMANDS * 0.2}, back at ${COMMANDS * 0.6}: ` +
        `${audit.expected.inApp} in-app + ${audit.expected.email} e-mail deliveries, all delivered ` +
        `${drainedAfter} ms after Redis returned (commands finished after ${commandsDoneAfter} ms); ` +
        `${again} rows handed over again (jobs the outage destroyed)`,
    );
    expectEachOnce(audit);
    expect(again).toBeGreaterThan(0);
  });

  it('answers every command while Redis loses its data (FLUSHALL), then delivers each notification once', async () => {
    let flushedAt = 0;
    const flush = backlogThen(async () => {
      await redis.flushAll();
      flushedAt = Date.now();
    });
    const { proposals, unexpected } = await runCommands('Redis xoá sạch', {
      [COMMANDS * 0.1]: flush.start,
      [COMMANDS * 0.2]: flush.fault,
      [COMMANDS * 0.5]: flush.start,
      [COMMANDS * 0.6]: flush.fault,
    });
    expect(unexpected).toEqual([]);

    const { audit, drainedAfter } = await delivered(proposals, flushedAt);
    const again = await handedOverAgain(proposals);
    console.log(
      `Redis flushed at commands ${COMMANDS * 0.2} and ${COMMANDS * 0.6}: ` +
        `${audit.expected.inApp} in-app + ${audit.expected.email} e-mail deliveries, all delivered ` +
        `${drainedAfter} ms after the last flush; ${again} rows handed over again (jobs the flushes destroyed)`,
    );
    expectEachOnce(audit);
    expect(again).toBeGreaterThan(0);
  });
});
