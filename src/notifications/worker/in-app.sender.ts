import type { DataSource } from 'typeorm';
import type { ChannelSender, Delivery } from '../delivery';
import type { DeliveryLedger } from './delivery-ledger';

/** In-app notifications live in PostgreSQL: the row and the ledger entry commit together, exactly once. */
export class InAppSender implements ChannelSender {
  constructor(
    private readonly db: DataSource,
    private readonly ledger: DeliveryLedger,
  ) {}

  async send(d: Delivery): Promise<void> {
    await this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO notifications (id, recipient, template, proposal_id, data)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING`,
        [d.deliveryId, d.recipient, d.template, d.data.proposalId, d.data],
      );
      await this.ledger.record(d, 'delivered', null, tx);
    });
  }
}
