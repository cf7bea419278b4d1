import type { Queue } from 'bullmq';
import type { Pool, PoolClient } from 'pg';
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

/** Per kind (due, stale) and claim: a backlog is drained in fewer, larger transactions. */
const BATCH = 500;

/*
 * Due rows and stale rows are claimed apart, so that PostgreSQL can read each kind in order from its own
 * partial index and stop at the limit. Their OR could only be served by a bitmap of both indexes and a
 * sort of every due row: a backlog made each batch slower than the last.
 */
const CLAIM = `
  WITH stale AS (
    SELECT id, event_id, payload, available_at, status FROM outbox
     WHERE status = 'enqueued' AND enqueued_at < now() - make_interval(secs => $2::float8 / 1000)
     ORDER BY enqueued_at
     LIMIT ${BATCH}
     FOR UPDATE SKIP LOCKED
  ), due AS (
    SELECT id, event_id, payload, available_at, status FROM outbox
     WHERE status = 'pending' AND available_at <= $1
     ORDER BY available_at, id
     LIMIT ${BATCH}
     FOR UPDATE SKIP LOCKED
  )
  SELECT * FROM stale UNION ALL SELECT * FROM due`;

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

  /**
   * One batch; returns how many rows it handed over. `on`: a connection the caller holds across
   * batches, so that a pool busy with the writers cannot hold the relay up; without it, one from the pool.
   */
  async relayBatch(on?: PoolClient): Promise<number> {
    const client = on ?? (await poolOf(this.db).connect());
    let broken: Error | undefined;
    try {
      // An index scan stops at the limit and marks the entries of rows already handed over as dead, so
      // later claims skip them. The planner picks a bitmap scan, which does neither, whenever its
      // statistics say few rows are pending, as they do when a burst begins.
      await client.query('BEGIN; SET LOCAL enable_bitmapscan = off');
      const handed = await this.handOver(client);
      await client.query('COMMIT');
      return handed;
    } catch (err) {
      // A connection that cannot even roll back goes back as broken, for the pool to drop.
      await client.query('ROLLBACK').catch((e: Error) => (broken = e));
      throw err;
    } finally {
      if (!on) client.release(broken);
    }
  }

  private async handOver(client: PoolClient): Promise<number> {
    const now = this.clock.now();
    const { rows } = await client.query<ClaimedRow>(CLAIM, [
      new Date(now.getTime() + this.config.enqueueHorizonMs),
      this.config.redeliverAfterMs,
    ]);
    if (rows.length === 0) return 0;
    const { handOver, failed, inFlight } = await this.sortStale(rows);
    if (handOver.length > 0)
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
    await mark(client, `status = 'enqueued', enqueued_at = now(), attempts = attempts + 1`, handOver);
    await mark(client, `status = 'failed'`, failed);
    await mark(client, `enqueued_at = now()`, inFlight);
    return rows.length;
  }

  /**
   * A row already enqueued is handed over again unless its job still lives in Redis: waiting or
   * retrying jobs are left in flight, and a job in the failed set marks the row failed. A completed
   * job whose row was never confirmed runs again; the ledger keeps it from sending twice.
   */
  private async sortStale(rows: ClaimedRow[]) {
    const handOver = rows.filter((row) => row.status === 'pending');
    const stale = rows.filter((row) => row.status === 'enqueued');
    if (stale.length === 0) return { handOver, failed: [], inFlight: [] };
    // Asked all at once, ioredis writes the lookups back to back: one round trip, not one per row.
    const states = await withinRedisDeadline(
      'reading job states',
      Promise.all(stale.map((row) => this.queue.getJobState(row.id))),
    );
    const failed = stale.filter((_, i) => states[i] === 'failed');
    const inFlight = stale.filter((_, i) => !['failed', 'unknown', 'completed'].includes(states[i]));
    const completed = stale.filter((_, i) => states[i] === 'completed');
    await withinRedisDeadline(
      'removing finished jobs',
      Promise.all(completed.map((row) => this.queue.remove(row.id))),
    );
    handOver.push(...stale.filter((_, i) => states[i] === 'unknown'), ...completed);
    return { handOver, failed, inFlight };
  }
}

/** Most batches have nothing failed or in flight: an UPDATE over no rows would still be a round trip. */
const mark = async (client: PoolClient, set: string, rows: ClaimedRow[]): Promise<void> => {
  if (rows.length === 0) return;
  await client.query(`UPDATE outbox SET ${set} WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
};

/** The pg pool under TypeORM: the relay runs its transactions, and holds its LISTEN, on its clients. */
export const poolOf = (db: DataSource): Pool => (db.driver as unknown as { master: Pool }).master;
