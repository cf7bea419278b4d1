import type { DataSource } from 'typeorm';
import type { SignedCheckpoint } from './checkpoint';

export interface StoredCheckpoint {
  id: number;
  document: SignedCheckpoint;
}

/** The audit_checkpoints table: append-only copies of what was signed, as signed. */
export class CheckpointRepository {
  constructor(private readonly db: DataSource) {}

  async insert(signed: SignedCheckpoint): Promise<number> {
    const { checkpoint } = signed;
    const [row]: { id: string }[] = await this.db.query(
      `INSERT INTO audit_checkpoints (signed_at, global_position, event_count, digest, key_fingerprint, document)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        checkpoint.signedAt,
        checkpoint.globalPosition,
        checkpoint.eventCount,
        checkpoint.digest,
        checkpoint.keyFingerprint,
        JSON.stringify(signed),
      ],
    );
    return Number(row.id);
  }

  /** The document is returned as stored: callers verify its signature before believing it. */
  async byId(id: number): Promise<StoredCheckpoint | null> {
    const rows: { id: string; document: SignedCheckpoint }[] = await this.db.query(
      `SELECT id, document FROM audit_checkpoints WHERE id = $1`,
      [id],
    );
    return rows.length ? { id: Number(rows[0].id), document: rows[0].document } : null;
  }

  /** The newest checkpoint signed by the key with this fingerprint (older keys' ones are skipped). */
  async latestSignedBy(keyFingerprint: string): Promise<StoredCheckpoint | null> {
    const rows: { id: string; document: SignedCheckpoint }[] = await this.db.query(
      `SELECT id, document FROM audit_checkpoints WHERE key_fingerprint = $1
        ORDER BY signed_at DESC, id DESC LIMIT 1`,
      [keyFingerprint],
    );
    return rows.length ? { id: Number(rows[0].id), document: rows[0].document } : null;
  }
}
