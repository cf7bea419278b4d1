import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, type ConnectionOptions } from 'bullmq';
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
  /** Starts the feature's worker; `queue` is where it hands on follow-up jobs. */
  startWorker(connection: ConnectionOptions, prefix: string, queue: Queue): void;
  /** Stops the worker, within a deadline of its own. */
  stopWorker(): Promise<void>;
}

/**
 * In a process that runs workers: keeps one repeatable job scheduled on its queue and runs the queue's
 * worker; elsewhere it does nothing. Scheduling and shutdown are built not to hang on a Redis that is away.
 * @publicApi
 */
export abstract class RepeatableJobHost implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger: Logger;
  private queue: Queue | null = null;
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
    this.job.startWorker(connection, prefix, queue);
    // Not awaited: with Redis away this waits for it (worker connection) instead of failing the boot.
    this.job.schedule(queue).catch((err: unknown) => {
      // Stopping before Redis came back closes the connection under it: nothing went wrong.
      if (!this.stopping) this.logger.error({ err }, `${this.job.description} could not be scheduled`);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.job.stopWorker();
    const queue = this.queue;
    if (queue) await closeWithin(3_000, () => queue.close());
  }
}
