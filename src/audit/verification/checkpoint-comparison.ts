import type { DataSource } from 'typeorm';
import type { CheckpointHead, SignedCheckpoint } from '../checkpoints/checkpoint';
import { digestBelow } from '../checkpoints/store-snapshot';
import type { AuditBrokenLink, CheckpointOutcome } from './audit-report';

interface HeadRow {
  stream_id: string;
  version: string;
  global_position: string | null;
  hash: string | null;
  present: string | null;
}

const mismatch = (head: CheckpointHead, row: HeadRow): AuditBrokenLink | null => {
  const at = (version: number, position: number | null, detail: string): AuditBrokenLink => ({
    streamId: head.streamId,
    version,
    position,
    reason: 'checkpoint-mismatch',
    detail,
  });
  const present = row.present === null ? 0 : Number(row.present);
  if (row.hash === null) {
    const signed = `the checkpoint holds version ${head.version} at position ${head.position}`;
    return at(Math.min(present + 1, head.version), null, `${signed}; the stream now ends at ${present}`);
  }
  if (row.hash !== head.hash) return at(head.version, Number(row.global_position), 'hash differs');
  if (Number(row.global_position) !== head.position) {
    return at(head.version, Number(row.global_position), `was at position ${head.position}`);
  }
  return null;
};

/** Each signed stream head must still be there, unchanged: this names the stream of a deleted tail. */
const firstChangedHead = async (db: DataSource, heads: CheckpointHead[]): Promise<AuditBrokenLink | null> => {
  const rows: HeadRow[] = await db.query(
    `SELECT h."streamId" AS stream_id, h.version, e.global_position, e.hash,
            (SELECT max(m.stream_version) FROM events m WHERE m.stream_id = h."streamId") AS present
       FROM jsonb_to_recordset($1::jsonb) AS h("streamId" text, version bigint)
       LEFT JOIN events e ON e.stream_id = h."streamId" AND e.stream_version = h.version`,
    [JSON.stringify(heads.map(({ streamId, version }) => ({ streamId, version })))],
  );
  const byStream = new Map(rows.map((row) => [row.stream_id, row]));
  // In the signed heads' order, so "first" means the same thing to every verifier.
  for (const head of heads) {
    const link = mismatch(head, byStream.get(head.streamId)!);
    if (link) return link;
  }
  return null;
};

/**
 * Compares the store with a verified checkpoint: the running digest over every event below its
 * transaction horizon (the whole store), or only the signed head of one stream.
 */
export const compareWithCheckpoint = async (
  db: DataSource,
  { checkpoint, heads }: SignedCheckpoint,
  streamId?: string,
): Promise<{ outcome: CheckpointOutcome; firstBrokenLink: AuditBrokenLink | null }> => {
  const { signedAt, keyFingerprint, globalPosition, eventCount } = checkpoint;
  const signed = { signedAt, keyFingerprint, globalPosition, eventCount };
  if (streamId !== undefined) {
    const link = await firstChangedHead(
      db,
      heads.filter((h) => h.streamId === streamId),
    );
    return { outcome: { ...signed, matches: !link, found: null }, firstBrokenLink: link };
  }
  const { transactionHorizon: _, ...found } = await digestBelow(db, checkpoint.transactionHorizon);
  const digestDiffers = found.digest !== checkpoint.digest;
  const matches =
    !digestDiffers && found.eventCount === eventCount && found.globalPosition === globalPosition;
  const held = `the store holds ${found.eventCount} covered events to position ${found.globalPosition}`;
  const link = matches
    ? null
    : ((await firstChangedHead(db, heads)) ?? {
        streamId: null,
        version: null,
        position: globalPosition,
        reason: 'checkpoint-mismatch',
        detail: `${held}, signed ${eventCount} to ${globalPosition}${digestDiffers ? ', and the digest differs' : ''}`,
      });
  return { outcome: { ...signed, matches, found }, firstBrokenLink: link };
};
