import type { JobsOptions, Queue } from 'bullmq';
import type { AuditConfig } from '../../config/audit.config';

export const AUDIT_CHECKPOINTS_QUEUE = 'audit-checkpoints';
export const ISSUE_CHECKPOINT_JOB = 'issue-checkpoint';
export const MAIL_CHECKPOINT_JOB = 'mail-checkpoint';
export const DAILY_CHECKPOINT_SCHEDULER = 'daily-checkpoint';

export interface MailCheckpointJob {
  checkpointId: number;
}

const retried: JobsOptions = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: 100,
  removeOnFail: false,
};

/** Upserting is idempotent, so every worker replica may do it at boot without doubling the job. */
export const scheduleDailyCheckpoint = (queue: Queue, audit: AuditConfig) =>
  queue.upsertJobScheduler(
    DAILY_CHECKPOINT_SCHEDULER,
    { pattern: audit.checkpointCron, tz: audit.checkpointTimeZone },
    { name: ISSUE_CHECKPOINT_JOB, data: {}, opts: retried },
  );

/** The checkpoint id is the job id: a retried issue job cannot mail the same checkpoint twice. */
export const enqueueCheckpointMail = (queue: Queue, checkpointId: number) =>
  queue.add(MAIL_CHECKPOINT_JOB, { checkpointId } satisfies MailCheckpointJob, {
    ...retried,
    jobId: `mail-checkpoint-${checkpointId}`,
  });
