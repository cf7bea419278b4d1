import type { DataSource } from 'typeorm';
import { currentTransactionHorizon } from '../../src/audit/checkpoints/store-snapshot';

/**
 * Waits until the transaction horizon has passed every stored event, so a checkpoint covers them
 * all. A transaction left open anywhere in the cluster (another test) holds the horizon back, so
 * this awaits the condition rather than a fixed time.
 */
export const untilHorizonPassesEvents = async (db: DataSource, timeoutMs = 60_000): Promise<void> => {
  const [{ newest }] = await db.query(
    `SELECT coalesce(max(transaction_id), '0')::text AS newest FROM events`,
  );
  const deadline = Date.now() + timeoutMs;
  while (BigInt(await currentTransactionHorizon(db)) <= BigInt(newest)) {
    if (Date.now() > deadline) throw new Error('the transaction horizon never passed the stored events');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
