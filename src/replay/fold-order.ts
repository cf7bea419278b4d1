import type { RecordedEvent, Tx } from '../event-store/event-store.types';
import { queryPrepared, type PreparedStatement } from '../database/prepared-query';
import type { PostgresEventStore } from '../event-store/postgres-event-store';

interface OrderFlags {
  position?: string;
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
 * For each given event (as read: stream, version, transaction, position): is an earlier version of its
 * stream later in commit-safe order (held), and is its next version earlier (pulls)? Given the page's
 * own values, only the neighbours are read from the store, not the events themselves again.
 */
const ORDER_FLAGS: PreparedStatement = {
  name: 'events.replay-order-flags',
  text: `SELECT e.global_position::text AS position,
                EXISTS (SELECT 1 FROM events p
                         WHERE p.stream_id = e.stream_id AND p.stream_version < e.stream_version
                           AND (p.transaction_id, p.global_position) > (e.transaction_id, e.global_position)) AS held,
                EXISTS (SELECT 1 FROM events s
                         WHERE s.stream_id = e.stream_id AND s.stream_version = e.stream_version + 1
                           AND (s.transaction_id, s.global_position) < (e.transaction_id, e.global_position)) AS pulls
           FROM unnest($1::text[], $2::bigint[], $3::xid8[], $4::bigint[])
                AS e(stream_id, stream_version, transaction_id, global_position)`,
};

const NOT_OUT_OF_ORDER = { held: false, pulls: false };

/** The page's events by stream, each stream's in page order. */
const streamRuns = (page: RecordedEvent[]): RecordedEvent[][] => {
  const runs = new Map<string, RecordedEvent[]>();
  for (const event of page) {
    const run = runs.get(event.streamId);
    if (run) run.push(event);
    else runs.set(event.streamId, [event]);
  }
  return [...runs.values()];
};

const unbroken = (run: RecordedEvent[]): boolean =>
  run.every((event, i) => i === 0 || event.streamVersion === run[i - 1].streamVersion + 1);

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

  /**
   * Only the store can tell whether an earlier version of a stream comes later. But a stream whose
   * events come in the page as one unbroken, rising run of versions is in order inside the run: if its
   * first event waits on nothing, neither does the rest, and only its last can have a successor held
   * back. So those two are looked up, and the whole run only when its first event is held.
   */
  async *of(tx: Tx, page: RecordedEvent[]): AsyncGenerator<RecordedEvent> {
    if (page.length === 0) return;
    const runs = streamRuns(page);
    const unbrokenRuns = new Set(runs.filter(unbroken));
    const ends = runs.flatMap((run) =>
      unbrokenRuns.has(run) ? [...new Set([run[0], run[run.length - 1]])] : run,
    );
    const flags = await this.lookUp(tx, ends);
    const heldRuns = [...unbrokenRuns].filter(
      (run) => run.length > 2 && flags.get(run[0].globalPosition)?.held,
    );
    for (const [position, flag] of await this.lookUp(tx, heldRuns.flat())) flags.set(position, flag);
    for (const event of page) {
      const flag = flags.get(event.globalPosition) ?? NOT_OUT_OF_ORDER;
      if (flag.held) continue;
      yield event;
      if (flag.pulls) yield* this.heldBackAfter(tx, event);
    }
  }

  private async lookUp(tx: Tx, events: RecordedEvent[]): Promise<Map<number, OrderFlags>> {
    if (events.length === 0) return new Map();
    const flags = await queryPrepared<OrderFlags>(tx, ORDER_FLAGS, [
      events.map((e) => e.streamId),
      events.map((e) => e.streamVersion),
      events.map((e) => e.transactionId),
      events.map((e) => e.globalPosition),
    ]);
    return new Map(flags.map((f) => [Number(f.position), f]));
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
