import { Worker, type ConnectionOptions, type Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { Channel, ChannelSender, Delivery } from '../delivery';
import { closeWithin } from '../close-within';
import { NOTIFICATIONS_QUEUE } from '../notification-queue';
import { isDeadlineDelivery, stageStillOpen } from './deadline-check';
import type { DeliveryLedger } from './delivery-ledger';

interface Closable {
  close(): void;
}

/**
 * A job whose worker died mid-send (a deploy's SIGKILL, an OOM) stalls; BullMQ's default fails it at
 * the second stall, and the relay then marks its row failed for good. Running a delivery again is
 * safe (the ledger, the in-app row's key and the fixed Message-ID absorb it), so allow several; the
 * bound only stops a job that itself brings down every worker that takes it.
 */
const MAX_STALLS = 5;

/**
 * Sends one delivery per job. It does not catch and log: a throw lets BullMQ retry with backoff and,
 * in the end, park the job in the failed set, which the outbox row then shows.
 */
export class DeliveryWorker {
  private worker: Worker<Delivery> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
    private readonly senders: Record<Channel, ChannelSender>,
  ) {}

  /**
   * `lockMs` bounds how long a job a dead worker held stays "active" before another worker takes it
   * again (BullMQ's lock and stalled-job check); shorter recovers sooner, at the cost of lock renewals.
   */
  start(connection: ConnectionOptions, prefix: string, lockMs: number, concurrency = 8): void {
    this.worker = new Worker<Delivery>(NOTIFICATIONS_QUEUE, (job) => this.process(job), {
      connection,
      prefix,
      concurrency,
      maxStalledCount: MAX_STALLS,
      lockDuration: lockMs,
      stalledInterval: lockMs,
    });
    this.worker.on('failed', (job, err) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      void this.ledger.recordFailure(job.data.deliveryId, err.message, final).catch(() => undefined);
    });
    this.worker.on('error', () => undefined); // Redis away: the worker reconnects by itself
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    if (worker) await closeWithin(5_000, () => worker.close());
    // Pooled SMTP connections would otherwise stay open after shutdown, holding the relay's sessions.
    for (const sender of Object.values(this.senders) as Partial<Closable>[]) sender.close?.();
  }

  async process(job: Job<Delivery>): Promise<string> {
    const d = job.data;
    if (await this.ledger.has(d.deliveryId)) {
      await this.ledger.confirm(d.deliveryId);
      return 'already-delivered';
    }
    if (isDeadlineDelivery(d) && !(await stageStillOpen(this.db, d))) {
      await this.ledger.record(d, 'skipped', 'stage no longer open');
      return 'skipped';
    }
    await this.senders[d.channel].send(d);
    if (d.channel !== 'in-app') await this.ledger.record(d, 'delivered');
    return 'delivered';
  }
}
