import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/domain/canonical-json';
import type { CheckpointHead } from './checkpoint';

/** d_n = SHA-256(d_{n-1} || hash_n): one pass, constant memory, order-sensitive. */
export class RunningDigest {
  private digest = Buffer.alloc(32);
  private added = 0;

  add(eventHash: string): void {
    this.digest = createHash('sha256').update(this.digest).update(Buffer.from(eventHash, 'hex')).digest();
    this.added++;
  }

  get count(): number {
    return this.added;
  }

  get hex(): string {
    return this.digest.toString('hex');
  }
}

/** Code-unit order, so the same heads give the same digest whatever the database's collation. */
export const sortHeads = (heads: CheckpointHead[]): CheckpointHead[] =>
  [...heads].sort((a, b) => (a.streamId < b.streamId ? -1 : a.streamId > b.streamId ? 1 : 0));

export const digestOfHeads = (heads: CheckpointHead[]): string =>
  createHash('sha256').update(canonicalJson(heads)).digest('hex');
