import { randomUUID } from 'node:crypto';
import { Logger, type LoggerService } from '@nestjs/common';
import { Queue } from 'bullmq';
import { loadConfig, type Config } from '../../../src/config/config';
import { producerConnection } from '../../../src/notifications/notification-queue';
import { RepeatableJobHost, type RepeatableJob } from '../../../src/shared/repeatable-job-host';
import { freePort } from '../../support/ports';
import { TEST_REDIS_URL } from '../../support/test-env';

const until = async (what: string, check: () => Promise<boolean> | boolean, ms = 20_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
    if (await check()) return;
  throw new Error(`timed out waiting for ${what}`);
};

/** A repeatable `tick` every 200 ms, whose worker records the jobs it ran. */
class TickHost extends RepeatableJobHost {
  readonly ran: string[] = [];
  scheduled: Promise<unknown> = Promise.resolve();

  constructor(config: Config, overrides: Partial<RepeatableJob> = {}) {
    super(config, {
      queueName: 'ticks',
      logContext: 'Ticks',
      description: 'the tick',
      schedule: (queue) =>
        (this.scheduled = queue.upsertJobScheduler('every-tick', { every: 200 }, { name: 'tick' })),
      process: async (job) => void this.ran.push(job.name),
      ...overrides,
    });
  }
}

describe('A repeatable job host', () => {
  const errors: unknown[] = [];
  const capture: LoggerService = {
    log: () => undefined,
    warn: () => undefined,
    error: (m) => errors.push(m),
  };
  const configWith = (env: Record<string, string>) =>
    loadConfig({ NODE_ENV: 'test', QUEUE_PREFIX: `ra-test-${randomUUID().slice(0, 8)}`, ...env });
  /** The tick queue's job schedulers and connected workers; with `clear`, the queue is wiped after. */
  const ticksOf = async (config: Config, clear = true) => {
    const queue = new Queue('ticks', {
      connection: producerConnection(TEST_REDIS_URL),
      prefix: config.notifications.queuePrefix,
    });
    try {
      return { schedulers: await queue.getJobSchedulersCount(), workers: (await queue.getWorkers()).length };
    } finally {
      if (clear) await queue.obliterate({ force: true });
      await queue.close();
    }
  };

  beforeAll(() => Logger.overrideLogger(capture));
  beforeEach(() => errors.splice(0));

  it('schedules the job once and runs it in its worker', async () => {
    const config = configWith({ REDIS_URL: TEST_REDIS_URL, RUN_WORKERS: 'true' });
    const host = new TickHost(config);
    let running = { schedulers: 0, workers: 0 };
    try {
      host.onApplicationBootstrap();
      await until('two ticks', () => host.ran.length >= 2);
      running = await ticksOf(config, false);
    } finally {
      await host.onApplicationShutdown();
    }
    expect(host.ran.slice(0, 2)).toEqual(['tick', 'tick']);
    expect(running).toEqual({ schedulers: 1, workers: 1 });
    // Its worker is closed with it; the schedule stays for the next boot.
    expect(await ticksOf(config)).toEqual({ schedulers: 1, workers: 0 });
    expect(errors).toEqual([]);
  });

  it('neither schedules nor starts a worker in a process that runs no workers', async () => {
    const config = configWith({ REDIS_URL: TEST_REDIS_URL, RUN_WORKERS: 'false' });
    const asked: string[] = [];
    const host = new TickHost(config, { schedule: async () => void asked.push('schedule') });
    host.onApplicationBootstrap();
    await new Promise((resolve) => setTimeout(resolve, 500)); // time for a worker, had one started, to connect
    const state = await ticksOf(config);
    await host.onApplicationShutdown();
    expect(asked).toEqual([]);
    expect(state).toEqual({ schedulers: 0, workers: 0 });
    expect(host.ran).toEqual([]);
  });

  it('logs a schedule that Redis refused', async () => {
    const config = configWith({ REDIS_URL: TEST_REDIS_URL, RUN_WORKERS: 'true' });
    const host = new TickHost(config, { schedule: () => Promise.reject(new Error('refused')) });
    host.onApplicationBootstrap();
    await until('the error', () => errors.length > 0);
    await host.onApplicationShutdown();
    expect(errors).toEqual([{ err: new Error('refused') }]);
  });

  it('stops promptly while Redis is away, and the unfinished schedule is no error', async () => {
    const config = configWith({ REDIS_URL: `redis://127.0.0.1:${await freePort()}`, RUN_WORKERS: 'true' });
    const host = new TickHost(config);
    host.onApplicationBootstrap();
    const started = Date.now();
    await host.onApplicationShutdown();
    expect(Date.now() - started).toBeLessThan(10_000);
    await host.scheduled.catch(() => undefined); // settles once the queue's connection is closed
    expect(errors).toEqual([]);
  });
});
