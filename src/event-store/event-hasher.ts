import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../shared/domain/canonical-json';

/** The stored fields an event's hash covers; everything but the position and the transaction id. */
export interface HashedFields {
  streamId: string;
  streamVersion: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: unknown;
  metadata: unknown;
  recordedAt: Date;
  previousHash: string | null;
}

/**
 * Keyed hash chain: HMAC-SHA-256 over the RFC 8785 canonical JSON of the stored fields, including
 * the previous event's hash in the same stream. Without the key nobody can recompute the chain.
 */
export class EventHasher {
  constructor(private readonly key: Buffer) {}

  hash(fields: HashedFields): string {
    return createHmac('sha256', this.key)
      .update(canonicalJson(this.document(fields)))
      .digest('hex');
  }

  matches(fields: HashedFields, expected: string): boolean {
    const actual = Buffer.from(this.hash(fields), 'hex');
    const claimed = Buffer.from(expected, 'hex');
    return actual.length === claimed.length && timingSafeEqual(actual, claimed);
  }

  private document(f: HashedFields) {
    return {
      streamId: f.streamId,
      streamVersion: f.streamVersion,
      eventId: f.eventId,
      type: f.type,
      schemaVersion: f.schemaVersion,
      data: f.data,
      metadata: f.metadata,
      recordedAt: f.recordedAt.toISOString(),
      previousHash: f.previousHash,
    };
  }
}
