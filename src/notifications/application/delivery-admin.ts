import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { NOTIFICATION_QUEUE_TOKEN } from '../notification-queue.token';
import { withinRedisDeadline } from '../redis-deadline';

export const DELIVERY_STATUSES = ['pending', 'enqueued', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export interface DeliveryView {
  deliveryId: string;
  eventId: string;
  channel: string;
  recipient: string;
  template: string;
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  availableAt: string;
  createdAt: string;
  deliveredAt: string | null;
}

/** Deliveries as admins see and steer them: the failed ones, and retrying them. */
@Injectable()
export class DeliveryAdmin {
  constructor(
    private readonly db: DataSource,
    @Inject(NOTIFICATION_QUEUE_TOKEN) private readonly queue: Queue,
  ) {}

  async list(status: DeliveryStatus, limit = 200): Promise<DeliveryView[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT id, event_id, channel, recipient, payload->>'template' AS template, status, attempts, last_error,
              available_at, created_at, delivered_at
         FROM outbox WHERE status = $1 ORDER BY created_at, id LIMIT $2`,
      [status, limit],
    );
    return rows.map((r) => ({
      deliveryId: r.id as string,
      eventId: r.event_id as string,
      channel: r.channel as string,
      recipient: r.recipient as string,
      template: r.template as string,
      status: r.status as DeliveryStatus,
      attempts: r.attempts as number,
      lastError: r.last_error as string | null,
      availableAt: (r.available_at as Date).toISOString(),
      createdAt: (r.created_at as Date).toISOString(),
      deliveredAt: r.delivered_at ? (r.delivered_at as Date).toISOString() : null,
    }));
  }

  /** A failed delivery goes back to pending; its job leaves the failed set so the relay can add it anew. */
  async retry(deliveryId: string): Promise<void> {
    const rows: { status: string }[] = await this.db.query('SELECT status FROM outbox WHERE id = $1', [
      deliveryId,
    ]);
    if (!rows[0])
      throw new NotFoundException({ code: 'DELIVERY.NOT_FOUND', title: `No delivery ${deliveryId}` });
    if (rows[0].status !== 'failed')
      throw new ConflictException({
        code: 'DELIVERY.NOT_FAILED',
        title: `Delivery ${deliveryId} is ${rows[0].status}; only failed deliveries are retried`,
      });
    await withinRedisDeadline('removing the failed job', this.queue.remove(deliveryId));
    await this.db.query(
      `UPDATE outbox SET status = 'pending', available_at = now(), enqueued_at = NULL WHERE id = $1 AND status = 'failed'`,
      [deliveryId],
    );
  }
}
