import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../../../src/config/config';
import { ACTION_PROGRAM_18 } from '../../../src/program/data/action-program';
import { createDataSource } from '../../../src/database/data-source';
import { EndpointRegistry } from '../../../src/notifications/application/endpoint-registry';
import { programQueriesOn } from '../../../src/program/application/program-queries.factory';
import { ProgressReportScheduler } from '../../../src/program/report-mail/progress-report-scheduler';
import {
  DISPATCH_REPORT_JOB,
  MONTHLY_REPORT_SCHEDULER,
  PROGRESS_REPORTS_QUEUE,
} from '../../../src/program/report-mail/progress-report-queue';
import { ProgressReportWorker } from '../../../src/program/report-mail/progress-report.worker';
import { SystemClock } from '../../../src/shared/clock';
import { sheetsOf } from '../../e2e/program/report-fixture';
import { startMailCatcher } from '../../support/mail-catcher';
import { createScratchDatabase, dropScratchDatabase } from '../../support/scratch-database';
import { databaseUrlFor, TEST_HMAC_KEY, TEST_REDIS_URL } from '../../support/test-env';

// A database of its own: the test sets and clears the VPTU and BTCTU addresses, which notification
// tests running alongside rely on in the shared one.
const ADMIN = { id: 'admin-1', name: 'Quản trị', roles: ['admin' as const], bodies: [] };
const until = async (what: string, check: () => Promise<boolean> | boolean, ms = 20_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
    if (await check()) return;
  throw new Error(`timed out waiting for ${what}`);
};
const attachedXlsx = (raw: string): Buffer => {
  const part =
    /Content-Type:\s+application\/vnd\.openxmlformats[^\r\n]*\r\n name=bao-cao-tien-do-\d{4}-\d{2}-\d{2}\.xlsx[\s\S]*?\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/.exec(
      raw,
    );
  if (!part) throw new Error('no XLSX attachment');
  return Buffer.from(part[1].replace(/\r\n/g, ''), 'base64');
};

describe('The monthly progress report mail to VPTU and BTCTU', () => {
  const catcher = startMailCatcher();
  let database: string;
  let db: DataSource;
  let config: Config;
  let endpoints: EndpointRegistry;
  const workerWith = (smtpUrl: string | null) =>
    new ProgressReportWorker(programQueriesOn(db, new SystemClock()), endpoints, {
      smtpUrl,
      mailFrom: config.notifications.mailFrom,
    });
  const dispatch = (worker: ProgressReportWorker) =>
    worker.process({ name: DISPATCH_REPORT_JOB, data: {} }, () =>
      Promise.reject(new Error('nothing to mail')),
    );

  beforeAll(async () => {
    database = await createScratchDatabase('progress_mail');
    db = createDataSource(databaseUrlFor(database), 4);
    await db.initialize();
    config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      RUN_WORKERS: 'true',
      QUEUE_PREFIX: `ra-test-${randomUUID().slice(0, 8)}`,
      REDIS_URL: TEST_REDIS_URL,
      SMTP_URL: (await catcher).url,
      EVENT_HMAC_KEY: TEST_HMAC_KEY.toString('hex'),
      PROGRESS_REPORT_CRON: '0 7 1 * *',
    });
    endpoints = new EndpointRegistry(db, config);
  });
  afterAll(async () => {
    await db.destroy();
    await dropScratchDatabase(database);
    await (await catcher).close();
  });

  it('mails nobody (and fails nothing) while neither office has an e-mail address', async () => {
    await endpoints.set('STC', 'email', { target: 'sotaichinh@tinhuy.test', language: 'vi' }, ADMIN);
    expect(await dispatch(workerWith(config.notifications.smtpUrl))).toBe(0);
  });

  it('mails nobody while SMTP_URL is unset, addresses or not', async () => {
    await endpoints.set('VPTU', 'email', { target: 'vptu@example.gov.vn', language: 'vi' }, ADMIN);
    expect(await dispatch(workerWith(null))).toBe(0);
  });

  it('is scheduled once however many replicas boot, and mails each office once with the XLSX', async () => {
    await endpoints.set('VPTU', 'email', { target: 'vanphong@tinhuy.test', language: 'vi' }, ADMIN);
    await endpoints.set('BTCTU', 'email', { target: 'bantochuc@tinhuy.test', language: 'vi' }, ADMIN);
    const replicas = [0, 1].map(
      () => new ProgressReportScheduler(config, workerWith(config.notifications.smtpUrl)),
    );
    const queue = new Queue(PROGRESS_REPORTS_QUEUE, {
      connection: { url: TEST_REDIS_URL },
      prefix: config.notifications.queuePrefix,
    });
    try {
      replicas.forEach((r) => r.onApplicationBootstrap());
      await until('the job scheduler', async () => !!(await queue.getJobScheduler(MONTHLY_REPORT_SCHEDULER)));
      expect(await queue.getJobScheduler(MONTHLY_REPORT_SCHEDULER)).toMatchObject({
        pattern: '0 7 1 * *',
        tz: 'Asia/Ho_Chi_Minh',
      });
      expect(await queue.getJobSchedulersCount()).toBe(1);

      await queue.add(DISPATCH_REPORT_JOB, {}); // what the scheduler adds on the 1st of the month
      const { mails } = await catcher;
      await until('two mails', () => mails.length >= 2);
      await until('the queue to drain', async () => (await queue.getJobCountByTypes('active', 'wait')) === 0);
      expect(mails.map((m) => m.to).sort()).toEqual([['bantochuc@tinhuy.test'], ['vanphong@tinhuy.test']]);
      for (const mail of mails) {
        expect(mail.subject).toMatch(
          /^Báo cáo tiến độ thực hiện Chương trình hành động \(số liệu đến ngày \d{2}\/\d{2}\/\d{4}\)$/,
        );
        const sheets = await sheetsOf(attachedXlsx(mail.raw));
        expect(sheets.targets.map((row) => row[0])).toEqual([
          'Mã',
          ...ACTION_PROGRAM_18.targets.map((x) => x.id),
        ]);
      }
    } finally {
      await Promise.all(replicas.map((r) => r.onApplicationShutdown()));
      await queue.obliterate({ force: true });
      await queue.close();
    }
  });
});
