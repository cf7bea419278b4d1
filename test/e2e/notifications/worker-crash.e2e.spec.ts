import { randomInt } from 'node:crypto';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { NOTIFICATION_QUEUE_TOKEN } from '../../../src/notifications/notification-queue.token';
import { killHard } from '../../support/child-process';
import { startMailCatcher } from '../../support/mail-catcher';
import { auditDeliveries, pollUntil, proposalActors } from '../../support/notification-scenario';
import type { ServiceProcess } from '../../support/service-process';
import { startTestApp, type TestApp } from '../../support/test-app';
import { TEST_DATABASE_URL, TEST_HMAC_KEY, TEST_REDIS_URL } from '../../support/test-env';
import { startWorkerProcess, stopWorkerProcess } from '../../support/worker-process';

const SUBMISSIONS = 100; // each opens the appraisal: an in-app notification and an e-mail to BTCTU
const KILLS = 10;
const CONCURRENCY = 8; // DeliveryWorker's: how many sends one kill can interrupt
const LANES = 4;

const inLanes = async (count: number, work: (n: number) => Promise<void>) =>
  Promise.all(
    Array.from({ length: LANES }, async (_, lane) => {
      for (let n = lane; n < count; n += LANES) await work(n);
    }),
  );

/**
 * The worker process dies without warning (SIGKILL) while it sends, again and again. PostgreSQL keeps
 * the outbox and the ledger, so in the end every delivery is made; in-app rows exactly once, and an
 * e-mail twice only when a kill fell between the SMTP reply and the ledger write, with the same
 * Message-ID, so that mail systems can drop the copy.
 */
describe('Deliveries while the worker process keeps crashing', () => {
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let t: TestApp;
  let actors: Awaited<ReturnType<typeof proposalActors>>;
  let worker: ServiceProcess | null = null;

  beforeAll(async () => {
    mail = await startMailCatcher();
    t = await startTestApp(); // RUN_WORKERS=false: this process only takes commands
    actors = await proposalActors(t);
    await actors.registerBoardMailbox();
  });
  afterAll(async () => {
    if (worker) await stopWorkerProcess(worker); // the last life ends as a deployment would end it
    await actors?.unregisterBoardMailbox();
    // The queue lives in the shared test Redis: leave nothing of it behind.
    await t?.app.get<Queue>(NOTIFICATION_QUEUE_TOKEN).obliterate({ force: true });
    await t?.close();
    await mail?.close();
  });

  const startWorker = () =>
    startWorkerProcess({
      NODE_ENV: 'test',
      DATABASE_URL: TEST_DATABASE_URL,
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: t.config.notifications.queuePrefix,
      SMTP_URL: mail.url,
      EVENT_HMAC_KEY: TEST_HMAC_KEY.toString('hex'),
      JWT_SECRET: 'test-only-jwt-secret-0123456789abcdef0123456789',
      RELAY_POLL_MS: '200',
      REDELIVER_AFTER_MS: '3000',
      DELIVERY_LOCK_MS: '5000',
      DELIVERY_BACKOFF_MS: '100',
      LOG_LEVEL: 'warn',
    });

  it(`delivers ${SUBMISSIONS * 2} of ${SUBMISSIONS * 2} through ${KILLS} kills, repeating no in-app row`, async () => {
    const db = t.app.get(DataSource);
    const began = Date.now();
    const proposals: string[] = [];
    await inLanes(SUBMISSIONS, async (n) => {
      const drafted = await actors.draft(`Sắp xếp phòng — lần sập ${n}`).expect(201);
      await actors.attach(drafted.body.proposalId).expect(201);
      proposals.push(drafted.body.proposalId);
    });
    const deliveredSoFar = async () => {
      const [row]: { n: string }[] = await db.query(
        `SELECT count(*) AS n FROM delivery_ledger l JOIN outbox o ON o.id = l.delivery_id
          WHERE o.payload->'data'->>'proposalId' = ANY($1)`,
        [proposals],
      );
      return Number(row.n);
    };

    // Ten lives: each gets a tenth of the submissions, and dies at a random moment once it is sending.
    const perLife = SUBMISSIONS / KILLS;
    const outstandingAtKill: number[] = [];
    for (let life = 0; life < KILLS; life++) {
      const before = await deliveredSoFar();
      const current = startWorker();
      worker = current;
      const batch = proposals.slice(life * perLife, (life + 1) * perLife);
      await inLanes(batch.length, async (n) => {
        await actors.submit(batch[n]).expect(200);
      });
      await pollUntil(deliveredSoFar, (n) => n > before, `life ${life} to deliver`, 30_000, 20).catch(
        (e: Error) => {
          throw new Error(
            `${e.message}; the worker (exit ${current.child.exitCode}) said:\n${current.output()}`,
          );
        },
      );
      await new Promise((r) => setTimeout(r, randomInt(0, 150)));
      await killHard(current.child);
      outstandingAtKill.push((life + 1) * perLife * 2 - (await deliveredSoFar()));
    }

    const killsMs = Date.now() - began;
    worker = startWorker();
    const started = Date.now();
    const audit = await pollUntil(
      () => auditDeliveries(db, proposals, mail.mails),
      (a) => a.missing.length === 0 && a.unconfirmed === 0,
      'every delivery after the last restart',
      120_000,
      500,
    );
    const drainMs = Date.now() - started;

    // Each e-mail received, by delivery: every copy must carry that delivery's Message-ID.
    const copiesOf = new Map<string, string[]>();
    for (const m of mail.mails) {
      const id = m.header('x-delivery-id');
      if (id) copiesOf.set(id, [...(copiesOf.get(id) ?? []), m.header('message-id') ?? '(none)']);
    }
    const emails: { id: string }[] = await db.query(
      `SELECT id FROM outbox WHERE channel = 'email' AND id = ANY($1)`,
      [audit.deliveryIds],
    );
    // How often BullMQ found each delivery's job stalled, i.e. interrupted by a kill.
    const queue = t.app.get<Queue>(NOTIFICATION_QUEUE_TOKEN);
    const stalls = new Map(
      await Promise.all(
        audit.deliveryIds.map(async (id) => [id, (await queue.getJob(id))?.stalledCounter ?? 0] as const),
      ),
    );
    const stalledTimes = [...stalls.values()].reduce<Record<number, number>>(
      (acc, n) => ({ ...acc, [n]: (acc[n] ?? 0) + 1 }),
      {},
    );
    const repeats = audit.emailRepeats;
    console.log(
      `${KILLS} kills (deliveries due but not made at each: ${outstandingAtKill.join(', ')}); ` +
        `${audit.expected.inApp} in-app + ${audit.expected.email} e-mail deliveries complete ` +
        `${drainMs} ms after the last restart (drafts and kills took ${killsMs} ms); ` +
        `deliveries by times interrupted: ${JSON.stringify(stalledTimes)}; e-mail repeats: ${repeats}`,
    );

    expect(audit.expected).toEqual({ inApp: SUBMISSIONS, email: SUBMISSIONS, other: 0 });
    expect(audit.missing).toEqual([]);
    expect(audit.extraInApp).toBe(0);
    expect(audit.extraLedger).toBe(0);
    expect(repeats).toBeLessThanOrEqual(KILLS * CONCURRENCY);
    for (const { id } of emails)
      expect(new Set(copiesOf.get(id))).toEqual(new Set([`<${id}@restructuring-approvals>`]));
    const repeated = emails.filter(({ id }) => (copiesOf.get(id)?.length ?? 0) > 1);
    expect(repeated.reduce((a, { id }) => a + copiesOf.get(id)!.length - 1, 0)).toBe(repeats);
    // A repeat only where a kill interrupted the send: BullMQ found that job stalled and ran it again.
    expect(repeated.filter(({ id }) => !stalls.get(id))).toEqual([]);
  });
});
