import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker, type Job } from 'bullmq';
import type { Config } from '../config/config';
import { closeWithin } from '../notifications/close-within';
import { workerConnection } from '../notifications/notification-queue';

/** What a feature tells a {@link RepeatableJobHost} about its queue, its job scheduler and its worker. */
export interface RepeatableJob {
  /** The queue that both the job scheduler and the worker use. */
  queueName: string;
  /** The logger context, e.g. `AuditCheckpoints`. */
  logContext: string;
  /** What is scheduled, for the log: `the daily audit checkpoint`. */
  description: string;
  /** Upserts the job scheduler (cron and time zone); called by every replica at boot. */
  schedule(queue: Queue): Promise<unknown>;
  /** Runs one job of the queue, one at a time; `queue` is where it hands on follow-up jobs. */
  process(job: Job, queue: Queue): Promise<unknown>;
}

/**
 * In a process that runs workers: keeps one repeatable job scheduled on its queue and runs the queue's
 * worker; elsewhere it does nothing. Scheduling and shutdown are built not to hang on a Redis that is away.
 * @publicApi
 */
export abstract class RepeatableJobHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private queue: Queue | null = null;
  private worker: Worker | null = null;
  private stopping = false;

  protected constructor(
    private readonly config: Config,
    private readonly job: RepeatableJob,
  ) {
    this.logger = new Logger(job.logContext);
  }

  onApplicationBootstrap(): void {
    if (!this.config.app.runWorkers) return;
    const connection = workerConnection(this.config.redis.url);
    const prefix = this.config.notifications.queuePrefix;
    const queue = new Queue(this.job.queueName, { connection, prefix }).on('error', () => undefined);
    this.queue = queue;
    this.worker = new Worker(this.job.queueName, (job) => this.job.process(job, queue), {
      connection,
      prefix,
      concurrency: 1,
    }).on('error', () => undefined); // Redis away: the worker reconnects by itself
    // Not awaited: with Redis away this waits for it (worker connection) instead of failing the boot.
    this.job.schedule(queue).catch((err: unknown) => {
      // Stopping before Redis came back closes the connection under it: nothing went wrong.
      if (!this.stopping) this.logger.error({ err }, `${this.job.description} could not be scheduled`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    if (worker) await closeWithin(5_000, () => worker.close());
    const queue = this.queue;
    if (queue) await closeWithin(3_000, () => queue.close());
  }
}
