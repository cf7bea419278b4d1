import { Inject, Injectable } from '@nestjs/common';
import { CONFIG, type Config } from '../../config/config';
import { RepeatableJobHost } from '../../shared/repeatable-job-host';
import { enqueueReportMail, PROGRESS_REPORTS_QUEUE, scheduleMonthlyReport } from './progress-report-queue';
import { ProgressReportWorker } from './progress-report.worker';

/** In a process that runs workers: keeps the monthly progress report scheduled and runs its jobs. */
@Injectable()
export class ProgressReportScheduler extends RepeatableJobHost {
  constructor(@Inject(CONFIG) config: Config, worker: ProgressReportWorker) {
    super(config, {
      queueName: PROGRESS_REPORTS_QUEUE,
      logContext: 'ProgressReportMail',
      description: 'the monthly progress report',
      schedule: (queue) => scheduleMonthlyReport(queue, config.program),
      process: (job, queue) => worker.process(job, (asOf, mail) => enqueueReportMail(queue, asOf, mail)),
    });
  }
}
