import type { JobsOptions, Queue } from 'bullmq';
import type { ProgramConfig } from '../../config/program.config';

export const PROGRESS_REPORTS_QUEUE = 'progress-reports';
export const DISPATCH_REPORT_JOB = 'dispatch-progress-report';
export const MAIL_REPORT_JOB = 'mail-progress-report';
export const MONTHLY_REPORT_SCHEDULER = 'monthly-progress-report';

/** The offices the report goes to: the Standing Committee's office and the Organization Board. */
export const REPORT_RECIPIENTS = ['VPTU', 'BTCTU'] as const;

export interface MailReportJob {
  recipient: string;
  address: string;
}

const retried: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: 100,
  removeOnFail: false,
};

/** Upserting is idempotent, so every worker replica may do it at boot without doubling the job. */
export const scheduleMonthlyReport = (queue: Queue, program: ProgramConfig) =>
  queue.upsertJobScheduler(
    MONTHLY_REPORT_SCHEDULER,
    { pattern: program.reportCron, tz: program.reportTimeZone },
    { name: DISPATCH_REPORT_JOB, data: {}, opts: retried },
  );

/** One job per office and day: a retried dispatch cannot mail an office twice. */
export const enqueueReportMail = (queue: Queue, asOf: string, job: MailReportJob) =>
  queue.add(MAIL_REPORT_JOB, job, { ...retried, jobId: `progress-report-${asOf}-${job.recipient}` });
