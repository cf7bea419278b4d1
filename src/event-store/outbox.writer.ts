import { queryPrepared, type PreparedStatement } from '../database/prepared-query';
import type { Tx } from './event-store.types';

/** One delivery to make: a notification for one recipient on one channel, caused by one event. */
export interface OutboxMessage {
  /** Stable delivery id; becomes the queue job id so a redelivery is recognised. */
  id: string;
  eventId: string;
  channel: string;
  recipient: string;
  payload: unknown;
  availableAt?: Date;
}

const INSERT_MESSAGES: PreparedStatement = {
  name: 'outbox.insert',
  text: `INSERT INTO outbox (id, event_id, channel, recipient, payload, available_at)
       SELECT r.id, r."eventId", r.channel, r.recipient, r.payload, COALESCE(r."availableAt", now())
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, "eventId" uuid, channel text, recipient text,
              payload jsonb, "availableAt" timestamptz)
       ON CONFLICT (id) DO NOTHING`,
};

/** Writes outbox rows through the append's transaction, so a side effect exists only if its event does. */
export class OutboxWriter {
  async add(tx: Tx, messages: OutboxMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await queryPrepared(tx, INSERT_MESSAGES, [JSON.stringify(messages)]);
  }

  async pendingCount(
    tx: Pick<Tx, 'query'>,
  ): Promise<{ pending: number; oldestPendingSeconds: number | null }> {
    const rows: { pending: string; oldest: number | null }[] = await tx.query(
      `SELECT count(*) AS pending, EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS oldest
         FROM outbox WHERE status IN ('pending', 'enqueued')`,
    );
    return { pending: Number(rows[0].pending), oldestPendingSeconds: rows[0].oldest };
  }
}
