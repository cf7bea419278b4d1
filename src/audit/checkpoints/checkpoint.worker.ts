import type { KeyObject } from 'node:crypto';
import { UnrecoverableError, Worker, type ConnectionOptions, type Job } from 'bullmq';
import { closeWithin } from '../../notifications/close-within';
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
  private worker: Worker | null = null;

  constructor(
    private readonly issuer: CheckpointIssuer,
    private readonly repository: CheckpointRepository,
    private readonly mail: CheckpointMailSettings,
    private readonly trustedKey: KeyObject,
  ) {}

  start(connection: ConnectionOptions, prefix: string, enqueueMail: (id: number) => Promise<unknown>): void {
    this.worker = new Worker(AUDIT_CHECKPOINTS_QUEUE, (job) => this.process(job, enqueueMail), {
      connection,
      prefix,
      concurrency: 1,
    });
    this.worker.on('error', () => undefined); // Redis away: the worker reconnects by itself
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    if (worker) await closeWithin(5_000, () => worker.close());
  }

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
