import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Queue } from 'bullmq';
import { CONFIG, type Config } from '../../config/config';
import { closeWithin } from '../../notifications/close-within';
import { workerConnection } from '../../notifications/notification-queue';
import { enqueueReportMail, PROGRESS_REPORTS_QUEUE, scheduleMonthlyReport } from './progress-report-queue';
import { ProgressReportWorker } from './progress-report.worker';

/** In a process that runs workers: keeps the monthly progress report scheduled and runs its jobs. */
@Injectable()
export class ProgressReportScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('ProgressReportMail');
  private queue: Queue | null = null;
  private stopping = false;

  constructor(
    @Inject(CONFIG) private readonly config: Config,
    private readonly worker: ProgressReportWorker,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.app.runWorkers) return;
    const connection = workerConnection(this.config.redis.url);
    const prefix = this.config.notifications.queuePrefix;
    const queue = new Queue(PROGRESS_REPORTS_QUEUE, { connection, prefix }).on('error', () => undefined);
    this.queue = queue;
    this.worker.start(connection, prefix, (asOf, job) => enqueueReportMail(queue, asOf, job));
    // Not awaited: with Redis away this waits for it (worker connection) instead of failing the boot.
    scheduleMonthlyReport(queue, this.config.program).catch((err: unknown) => {
      // Stopping before Redis came back closes the connection under it: nothing went wrong.
      if (!this.stopping) this.logger.error({ err }, 'the monthly progress report could not be scheduled');
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.worker.stop();
    const queue = this.queue;
    if (queue) await closeWithin(3_000, () => queue.close());
  }
}
