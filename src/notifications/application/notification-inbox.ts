import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../shared/domain/actor';
import type { NotificationData, TemplateName } from '../delivery';
import { personRecipient } from '../routing/notification-intent';

export interface InAppNotification {
  id: string;
  recipient: string;
  template: TemplateName;
  proposalId: string | null;
  data: NotificationData;
  createdAt: string;
  read: boolean;
}

/** What the caller is addressed as: its bodies, its agency, and itself. */
export const recipientsOf = (actor: Actor): string[] => [
  ...actor.bodies,
  ...(actor.orgUnit ? [actor.orgUnit] : []),
  personRecipient(actor.id),
];

/** In-app notifications as each caller sees them; "read" is per person, even on a body's notification. */
@Injectable()
export class NotificationInbox {
  constructor(private readonly db: DataSource) {}

  async list(actor: Actor, proposalId: string | null, limit: number): Promise<InAppNotification[]> {
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT n.id, n.recipient, n.template, n.proposal_id, n.data, n.created_at, r.read_at IS NOT NULL AS read
         FROM notifications n
         LEFT JOIN notification_reads r ON r.notification_id = n.id AND r.reader_id = $2
        WHERE n.recipient = ANY($1) AND ($4::uuid IS NULL OR n.proposal_id = $4)
        ORDER BY (r.read_at IS NOT NULL), n.created_at DESC, n.id
        LIMIT $3`,
      [recipientsOf(actor), actor.id, limit, proposalId],
    );
    return rows.map((r) => ({
      id: r.id as string,
      recipient: r.recipient as string,
      template: r.template as TemplateName,
      proposalId: r.proposal_id as string | null,
      data: r.data as NotificationData,
      createdAt: (r.created_at as Date).toISOString(),
      read: r.read as boolean,
    }));
  }

  /** False when the notification is not addressed to the caller (the route answers 404). */
  async markRead(actor: Actor, id: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query(
      `INSERT INTO notification_reads (notification_id, reader_id)
       SELECT id, $2 FROM notifications WHERE id = $1 AND recipient = ANY($3)
       ON CONFLICT DO NOTHING
       RETURNING 1`,
      [id, actor.id, recipientsOf(actor)],
    );
    if (rows.length > 0) return true;
    const visible: unknown[] = await this.db.query(
      'SELECT 1 FROM notifications WHERE id = $1 AND recipient = ANY($2)',
      [id, recipientsOf(actor)],
    );
    return visible.length > 0;
  }
}
