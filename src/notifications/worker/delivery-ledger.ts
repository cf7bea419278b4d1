import type { DataSource, EntityManager } from 'typeorm';
import type { Delivery } from '../delivery';

export type DeliveryOutcome = 'delivered' | 'skipped';

/** The record of what was sent: written before a job completes; a delivery id in it is never sent again. */
export class DeliveryLedger {
  constructor(private readonly db: DataSource) {}

  async has(deliveryId: string): Promise<boolean> {
    const rows: unknown[] = await this.db.query('SELECT 1 FROM delivery_ledger WHERE delivery_id = $1', [
      deliveryId,
    ]);
    return rows.length > 0;
  }

  /** Records the outcome and confirms the outbox row, in `tx` when the side effect shares it. */
  async record(d: Delivery, outcome: DeliveryOutcome, detail: string | null = null, tx?: EntityManager) {
    const run = async (m: EntityManager) => {
      await m.query(
        `INSERT INTO delivery_ledger (delivery_id, channel, recipient, outcome, detail)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (delivery_id) DO NOTHING`,
        [d.deliveryId, d.channel, d.recipient, outcome, detail],
      );
      await this.confirm(d.deliveryId, m);
    };
    return tx ? run(tx) : this.db.transaction(run);
  }

  async confirm(deliveryId: string, m: Pick<EntityManager, 'query'> = this.db): Promise<void> {
    await m.query(
      `UPDATE outbox SET status = 'delivered', delivered_at = COALESCE(delivered_at, now()), last_error = NULL
        WHERE id = $1`,
      [deliveryId],
    );
  }

  async recordFailure(deliveryId: string, error: string, final: boolean): Promise<void> {
    await this.db.query(
      `UPDATE outbox SET last_error = $2, status = CASE WHEN $3 THEN 'failed' ELSE status END
        WHERE id = $1 AND status <> 'delivered'`,
      [deliveryId, error.slice(0, 2000), final],
    );
  }
}
