import { Logger } from '@nestjs/common';
import { UnrecoverableError, type Job } from 'bullmq';
import type { EndpointRegistry } from '../../notifications/application/endpoint-registry';
import type { ProgramQueries } from '../application/program.queries';
import { mailProgressReport, type ReportMailSettings } from './progress-report-mailer';
import {
  DISPATCH_REPORT_JOB,
  MAIL_REPORT_JOB,
  PROGRESS_REPORTS_QUEUE,
  REPORT_RECIPIENTS,
  type MailReportJob,
} from './progress-report-queue';

export type EnqueueReportMail = (asOf: string, job: MailReportJob) => Promise<unknown>;

/**
 * Two jobs, one side effect each: `dispatch-progress-report` (the monthly one) looks up the offices'
 * addresses and hands each to a `mail-progress-report` job, so a refused address retries alone and
 * the other office is not mailed twice. Failures are thrown for BullMQ's retries and failed set.
 */
export class ProgressReportWorker {
  private readonly logger = new Logger('ProgressReportMail');

  constructor(
    private readonly queries: ProgramQueries,
    private readonly endpoints: EndpointRegistry,
    private readonly mail: ReportMailSettings,
  ) {}

  /** Returns how many mails were handed on (dispatch) or sent (mail). */
  async process(job: Pick<Job, 'name' | 'data'>, enqueue: EnqueueReportMail): Promise<number> {
    if (job.name === DISPATCH_REPORT_JOB) return this.dispatch(enqueue);
    if (job.name === MAIL_REPORT_JOB) {
      await mailProgressReport(this.mail, job.data as MailReportJob, await this.queries.progress());
      return 1;
    }
    throw new UnrecoverableError(`unknown job ${job.name} on ${PROGRESS_REPORTS_QUEUE}`);
  }

  private async dispatch(enqueue: EnqueueReportMail): Promise<number> {
    // Not an error to retry: nothing will change until an admin acts, and next month's job runs anyway.
    if (!this.mail.smtpUrl) {
      this.logger.warn('SMTP_URL is unset: the progress report is not mailed');
      return 0;
    }
    const offices: readonly string[] = REPORT_RECIPIENTS;
    const to = (await this.endpoints.list()).filter(
      (e) => e.channel === 'email' && offices.includes(e.recipient),
    );
    if (to.length === 0) {
      this.logger.warn(
        `no e-mail address registered for ${offices.join(' or ')}: the progress report is not mailed`,
      );
      return 0;
    }
    const asOf = this.queries.today();
    for (const { recipient, target } of to) await enqueue(asOf, { recipient, address: target });
    return to.length;
  }
}
