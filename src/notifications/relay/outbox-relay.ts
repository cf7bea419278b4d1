import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import type { NotificationsConfig } from '../../config/notifications.config';
import type { Clock } from '../../shared/clock';
import type { Delivery } from '../delivery';
import { DELIVER_JOB, deliveryJobOptions } from '../notification-queue';
import type { OutboxPayload } from '../outbox/notification-outbox';
import { withinRedisDeadline } from '../redis-deadline';

interface ClaimedRow {
  id: string;
  event_id: string;
  payload: OutboxPayload;
  available_at: Date;
  status: 'pending' | 'enqueued';
}

const BATCH = 200;

/**
 * Moves due outbox rows to BullMQ. Rows are claimed with FOR UPDATE SKIP LOCKED so relays can run side
 * by side; they are marked enqueued only after Redis accepted the jobs, in the same transaction, so a
 * Redis outage leaves them pending. Rows enqueued long ago and still unconfirmed are handed over again:
 * a flushed Redis costs time, not notifications.
 */
export class OutboxRelay {
  constructor(
    private readonly db: DataSource,
    private readonly queue: Queue,
    private readonly clock: Clock,
    private readonly config: NotificationsConfig,
  ) {}

  /** One batch; returns how many rows it handed over. */
  async relayBatch(): Promise<number> {
    return this.db.transaction(async (tx) => {
      const now = this.clock.now();
      const rows: ClaimedRow[] = await tx.query(
        `SELECT id, event_id, payload, available_at, status FROM outbox
          WHERE (status = 'pending' AND available_at <= $1)
             OR (status = 'enqueued' AND enqueued_at < now() - make_interval(secs => $2::float8 / 1000))
          ORDER BY available_at, id
          LIMIT ${BATCH}
          FOR UPDATE SKIP LOCKED`,
        [new Date(now.getTime() + this.config.enqueueHorizonMs), this.config.redeliverAfterMs],
      );
      if (rows.length === 0) return 0;
      const { handOver, failed, inFlight } = await this.sortStale(rows);
      await withinRedisDeadline(
        'adding deliveries',
        this.queue.addBulk(
          handOver.map((row) => ({
            name: DELIVER_JOB,
            data: { deliveryId: row.id, eventId: row.event_id, ...row.payload } satisfies Delivery,
            opts: deliveryJobOptions(row.id, row.available_at.getTime() - now.getTime(), this.config),
          })),
        ),
      );
      await tx.query(
        `UPDATE outbox SET status = 'enqueued', enqueued_at = now(), attempts = attempts + 1 WHERE id = ANY($1)`,
        [handOver.map((r) => r.id)],
      );
      await tx.query(`UPDATE outbox SET status = 'failed' WHERE id = ANY($1)`, [failed.map((r) => r.id)]);
      await tx.query(`UPDATE outbox SET enqueued_at = now() WHERE id = ANY($1)`, [inFlight.map((r) => r.id)]);
      return rows.length;
    });
  }

  /**
   * A row already enqueued is handed over again unless its job still lives in Redis: waiting or
   * retrying jobs are left in flight, and a job in the failed set marks the row failed. A completed
   * job whose row was never confirmed runs again; the ledger keeps it from sending twice.
   */
  private async sortStale(rows: ClaimedRow[]) {
    const handOver: ClaimedRow[] = [];
    const failed: ClaimedRow[] = [];
    const inFlight: ClaimedRow[] = [];
    for (const row of rows) {
      if (row.status === 'pending') {
        handOver.push(row);
        continue;
      }
      const state = await withinRedisDeadline('reading a job state', this.queue.getJobState(row.id));
      if (state === 'failed') failed.push(row);
      else if (state === 'unknown') handOver.push(row);
      else if (state === 'completed') {
        await withinRedisDeadline('removing a finished job', this.queue.remove(row.id));
        handOver.push(row);
      } else inFlight.push(row);
    }
    return { handOver, failed, inFlight };
  }
}
