import type { RecordedEvent, Tx } from '../event-store/event-store.types';
import type { PostgresEventStore } from '../event-store/postgres-event-store';

interface OrderFlags {
  position: string;
  /** An earlier version of its stream comes later in commit-safe order. */
  held: boolean;
  /** The next version of its stream came earlier and was held back. */
  pulls: boolean;
}

const comesBefore = (a: RecordedEvent, b: RecordedEvent): boolean =>
  a.transactionId === b.transactionId
    ? a.globalPosition < b.globalPosition
    : BigInt(a.transactionId) < BigInt(b.transactionId);

/**
 * Commit-safe order can put a stream's version n+1 before version n (DESIGN.md: an older transaction
 * appended it after waiting on the stream head), but projections fold a stream in version order. So an
 * event is applied once the last of its stream's versions up to it has been read: an event whose
 * predecessor is still ahead is held back, and that predecessor, once applied, brings in the successors
 * it held back. Every event is applied exactly once, and only a page is ever held in memory.
 */
export class FoldOrder {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly batchSize: number,
  ) {}

  async *of(tx: Tx, page: RecordedEvent[]): AsyncGenerator<RecordedEvent> {
    if (page.length === 0) return;
    const flags: OrderFlags[] = await tx.query(
      `SELECT e.global_position::text AS position,
              EXISTS (SELECT 1 FROM events p
                       WHERE p.stream_id = e.stream_id AND p.stream_version < e.stream_version
                         AND (p.transaction_id, p.global_position) > (e.transaction_id, e.global_position)) AS held,
              EXISTS (SELECT 1 FROM events s
                       WHERE s.stream_id = e.stream_id AND s.stream_version = e.stream_version + 1
                         AND (s.transaction_id, s.global_position) < (e.transaction_id, e.global_position)) AS pulls
         FROM events e WHERE e.global_position = ANY($1::bigint[])`,
      [page.map((event) => event.globalPosition)],
    );
    const byPosition = new Map(flags.map((f) => [Number(f.position), f]));
    for (const event of page) {
      const flag = byPosition.get(event.globalPosition);
      if (!flag) throw new Error(`event at position ${event.globalPosition} vanished during replay`);
      if (flag.held) continue;
      yield event;
      if (flag.pulls) yield* this.heldBackAfter(tx, event);
    }
  }

  /** The successors read before `trigger`, in version order; the first one after it ends the run. */
  private async *heldBackAfter(tx: Tx, trigger: RecordedEvent): AsyncGenerator<RecordedEvent> {
    const successors = this.store.readStream(trigger.streamId, {
      fromVersion: trigger.streamVersion + 1,
      batchSize: this.batchSize,
      tx,
    });
    for await (const next of successors) {
      if (!comesBefore(next, trigger)) return;
      yield next;
    }
  }
}
