import type { KeyObject } from 'node:crypto';
import { UnrecoverableError, type Job } from 'bullmq';
import type { CheckpointIssuer } from './checkpoint-issuer';
import { mailCheckpoint, mailIsConfigured, type CheckpointMailSettings } from './checkpoint-mailer';
import {
  AUDIT_CHECKPOINTS_QUEUE,
  ISSUE_CHECKPOINT_JOB,
  MAIL_CHECKPOINT_JOB,
  type MailCheckpointJob,
} from './checkpoint-queue';
import type { CheckpointRepository } from './checkpoint.repository';
import { verifyCheckpoint } from './checkpoint-signer';

/**
 * Two jobs, one side effect each: `issue-checkpoint` signs and stores, then hands the mailing to a
 * `mail-checkpoint` job, so a failing mail relay retries the mail and never issues extra checkpoints.
 * It does not catch and log: BullMQ's retries and failed set do that work.
 */
export class CheckpointWorker {
  constructor(
    private readonly issuer: CheckpointIssuer,
    private readonly repository: CheckpointRepository,
    private readonly mail: CheckpointMailSettings,
    private readonly trustedKey: KeyObject,
  ) {}

  async process(job: Job, enqueueMail: (id: number) => Promise<unknown>): Promise<number> {
    if (job.name === ISSUE_CHECKPOINT_JOB) {
      const { id } = await this.issuer.issue();
      if (mailIsConfigured(this.mail)) await enqueueMail(id);
      return id;
    }
    if (job.name === MAIL_CHECKPOINT_JOB) {
      const { checkpointId } = job.data as MailCheckpointJob;
      const stored = await this.repository.byId(checkpointId);
      if (!stored) throw new UnrecoverableError(`no audit checkpoint ${checkpointId}`);
      // The stored copy is re-verified: a row edited in the database must not reach the auditors.
      await mailCheckpoint(this.mail, verifyCheckpoint(stored.document, this.trustedKey));
      return checkpointId;
    }
    throw new UnrecoverableError(`unknown job ${job.name} on ${AUDIT_CHECKPOINTS_QUEUE}`);
  }
}
