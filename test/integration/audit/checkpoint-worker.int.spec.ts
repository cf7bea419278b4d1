import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Queue, QueueEvents } from 'bullmq';
import { CheckpointIssuer } from '../../../src/audit/checkpoints/checkpoint-issuer';
import {
  AUDIT_CHECKPOINTS_QUEUE,
  ISSUE_CHECKPOINT_JOB,
  scheduleDailyCheckpoint,
} from '../../../src/audit/checkpoints/checkpoint-queue';
import { mailSettingsOf } from '../../../src/audit/checkpoints/checkpoint-mailer';
import { CheckpointScheduler } from '../../../src/audit/checkpoints/checkpoint-scheduler';
import { CheckpointSigner, verifyCheckpoint } from '../../../src/audit/checkpoints/checkpoint-signer';
import { CheckpointRepository } from '../../../src/audit/checkpoints/checkpoint.repository';
import { CheckpointWorker } from '../../../src/audit/checkpoints/checkpoint.worker';
import { loadConfig } from '../../../src/config/config';
import { producerConnection, workerConnection } from '../../../src/notifications/notification-queue';
import { SystemClock } from '../../../src/shared/clock';
import { eventStoreFixture, type EventStoreFixture } from '../../support/event-store-fixture';
import { startMailCatcher } from '../../support/mail-catcher';
import { freePort } from '../../support/ports';
import { dropScratchDatabase } from '../../support/scratch-database';
import { databaseUrlFor, TEST_REDIS_URL } from '../../support/test-env';
import { seedStore } from './seeded-store';
import { untilHorizonPassesEvents } from '../../support/transaction-horizon';

describe('The daily audit checkpoint job', () => {
  const keys = generateKeyPairSync('ed25519');
  const prefix = `ra-test-${randomUUID().slice(0, 8)}`; // its own keys in the shared Redis
  const audit = loadConfig({ NODE_ENV: 'test' }).audit;
  let database: string;
  let f: EventStoreFixture;
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let queue: Queue;
  let events: QueueEvents;
  let host: CheckpointScheduler;
  let issuer: CheckpointIssuer;
  let repository: CheckpointRepository;

  beforeAll(async () => {
    database = await seedStore('audit_worker', 5, 3);
    f = await eventStoreFixture({ url: databaseUrlFor(database), poolSize: 2 });
    mail = await startMailCatcher();
    repository = new CheckpointRepository(f.dataSource);
    const signer = new CheckpointSigner(keys.privateKey, keys.publicKey);
    issuer = new CheckpointIssuer(f.dataSource, signer, repository, new SystemClock());
    const settings = { smtpUrl: mail.url, mailFrom: 'audit@localhost', mailTo: ['kiemtoan@example.vn'] };
    const worker = new CheckpointWorker(issuer, repository, settings, keys.publicKey);
    queue = new Queue(AUDIT_CHECKPOINTS_QUEUE, { connection: producerConnection(TEST_REDIS_URL), prefix });
    events = new QueueEvents(AUDIT_CHECKPOINTS_QUEUE, {
      connection: workerConnection(TEST_REDIS_URL),
      prefix,
    });
    await events.waitUntilReady();
    // As a worker process runs it: the host schedules the daily job and runs the queue's worker.
    const config = loadConfig({
      NODE_ENV: 'test',
      REDIS_URL: TEST_REDIS_URL,
      RUN_WORKERS: 'true',
      QUEUE_PREFIX: prefix,
    });
    host = new CheckpointScheduler(config, worker);
    host.onApplicationBootstrap();
  }, 120_000);

  afterAll(async () => {
    await host.onApplicationShutdown();
    await queue.obliterate({ force: true });
    await Promise.all([queue.close(), events.close(), mail.close(), f.close()]);
    await dropScratchDatabase(database);
  });

  it('is scheduled once, however many replicas schedule it', async () => {
    await Promise.all([scheduleDailyCheckpoint(queue, audit), scheduleDailyCheckpoint(queue, audit)]);
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({
      name: ISSUE_CHECKPOINT_JOB,
      pattern: '30 0 * * *',
      tz: 'Asia/Ho_Chi_Minh',
    });
  });

  it('signs and stores a checkpoint, then mails it in a job of its own', async () => {
    await untilHorizonPassesEvents(f.dataSource); // a checkpoint covers finished transactions only
    const job = await queue.add(ISSUE_CHECKPOINT_JOB, {});
    const id = (await job.waitUntilFinished(events, 30_000)) as number;
    const stored = await repository.byId(id);
    expect(verifyCheckpoint(stored!.document, keys.publicKey).checkpoint.streamCount).toBe(5);

    const mailJob = await queue.getJob(`mail-checkpoint-${id}`);
    await mailJob!.waitUntilFinished(events, 30_000).catch(() => undefined); // may be done already
    expect(await mailJob!.getState()).toBe('completed');
    expect(mail.mails).toHaveLength(1);
    expect(mail.mails[0].to).toEqual(['kiemtoan@example.vn']);
    expect(mail.mails[0].raw).toContain(`audit-checkpoint-${stored!.document.checkpoint.globalPosition}-`);
  });

  it('lets the process stop promptly while Redis is away', async () => {
    const away = loadConfig({ NODE_ENV: 'test', REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    const scheduler = new CheckpointScheduler(
      away,
      new CheckpointWorker(issuer, repository, mailSettingsOf(away), keys.publicKey),
    );
    scheduler.onApplicationBootstrap();
    const started = Date.now();
    await scheduler.onApplicationShutdown();
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
