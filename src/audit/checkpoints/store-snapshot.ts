import type { DataSource } from 'typeorm';
import type { CheckpointHead, StoreSnapshot } from './checkpoint';
import { RunningDigest, sortHeads } from './running-digest';

/**
 * The oldest transaction still in flight: every transaction below it has finished, so the events
 * below it form a set that no late commit can still grow (DESIGN.md, readers in global order).
 */
export const currentTransactionHorizon = async (db: DataSource): Promise<string> => {
  const [row]: { horizon: string }[] = await db.query(
    `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS horizon`,
  );
  return row.horizon;
};

/** Running digest, count, last position and per-stream heads of the events below `horizon`. */
export const snapshotBelow = async (db: DataSource, horizon: string): Promise<StoreSnapshot> => ({
  ...(await digestBelow(db, horizon)),
  heads: await headsBelow(db, horizon),
});

/** One pass over the covered events' hashes in global position order, in batches. */
export const digestBelow = async (
  db: DataSource,
  horizon: string,
  batchSize = 5_000,
): Promise<Omit<StoreSnapshot, 'heads'>> => {
  const digest = new RunningDigest();
  let after = 0;
  for (;;) {
    const rows: { global_position: string; hash: string }[] = await db.query(
      `SELECT global_position, hash FROM events
        WHERE transaction_id < $1::xid8 AND global_position > $2
        ORDER BY global_position LIMIT $3`,
      [horizon, after, batchSize],
    );
    for (const row of rows) digest.add(row.hash);
    if (rows.length > 0) after = Number(rows[rows.length - 1].global_position);
    if (rows.length < batchSize) break;
  }
  return {
    transactionHorizon: horizon,
    globalPosition: after,
    eventCount: digest.count,
    digest: digest.hex,
  };
};

const headsBelow = async (db: DataSource, horizon: string): Promise<CheckpointHead[]> => {
  const rows: { stream_id: string; stream_version: string; global_position: string; hash: string }[] =
    await db.query(
      `SELECT DISTINCT ON (stream_id) stream_id, stream_version, global_position, hash FROM events
        WHERE transaction_id < $1::xid8
        ORDER BY stream_id, stream_version DESC`,
      [horizon],
    );
  return sortHeads(
    rows.map((r) => ({
      streamId: r.stream_id,
      version: Number(r.stream_version),
      position: Number(r.global_position),
      hash: r.hash,
    })),
  );
};
