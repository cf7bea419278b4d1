import type { GlobalCheckpoint, RecordedEvent, Tx } from '../event-store/event-store.types';
import type { PostgresEventStore, ReadAllPage } from '../event-store/postgres-event-store';
import { FoldOrder } from './fold-order';
import { applyEvents, type ReplayedReadModel } from './replayed-read-models';
import { aimAtShadow, liveWrites, type ResolvedTable } from './shadow-tables';

export interface RebuildProgress {
  events: number;
  pages: number;
  checkpoint: GlobalCheckpoint | null;
}

type Transactional = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

interface Paging {
  read: (checkpoint: GlobalCheckpoint | null) => Promise<ReadAllPage>;
  fold: (events: RecordedEvent[]) => Promise<void>;
  /** Read the next page while this one folds (a read on another connection than the fold's). */
  readAhead: boolean;
  /** Stop once past this transaction id: later ones began after the round did. */
  head?: bigint;
}

/**
 * Feeds events to the live projections' own code, aimed at the shadow tables, one page at a time: a
 * page is put in fold order, handed over whole and committed while the next is read, so memory holds
 * two pages whatever the store's size, and a projection touches each row once per page. Only
 * projections run; no append hook does, so no outbox row or notification is made.
 */
export class ShadowRebuild {
  private readonly order: FoldOrder;

  constructor(
    private readonly store: PostgresEventStore,
    private readonly readModels: ReplayedReadModel[],
    private readonly liveTables: ResolvedTable[],
    private readonly batchSize: number,
  ) {
    this.order = new FoldOrder(store, batchSize);
  }

  /**
   * Everything committed so far, one transaction per page, while appends go on. Each round chases the
   * head as it stood when the round began, so appends cannot keep it running forever; a round that
   * found little left ends the chase, and so does the last one. What remains is folded under the lock.
   */
  async rebuild(inTransaction: Transactional, rounds = 3): Promise<RebuildProgress> {
    let progress: RebuildProgress = { events: 0, pages: 0, checkpoint: null };
    for (let round = 0; round < rounds; round++) {
      const [{ head }]: { head: string }[] = await inTransaction((tx) =>
        tx.query('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS head'),
      );
      const before = progress.events;
      progress = await this.pages(progress, {
        // Through the pool, beside the connection that folds: the next page is read during this fold.
        read: (checkpoint) => this.store.readAllPage(checkpoint, this.batchSize),
        fold: (events) =>
          inTransaction(async (tx) => {
            await aimAtShadow(tx);
            await this.fold(tx, events);
          }),
        readAhead: true,
        head: BigInt(head),
      });
      if (progress.events - before <= this.batchSize) break;
    }
    return progress;
  }

  /** In the caller's transaction, which locks the live tables: every committed event not yet folded. */
  async catchUp(tx: Tx, from: RebuildProgress): Promise<RebuildProgress> {
    await aimAtShadow(tx);
    return this.pages(from, {
      read: (checkpoint) => this.store.readAllPage(checkpoint, this.batchSize, { tx, pastInFlight: true }),
      fold: (events) => this.fold(tx, events),
      readAhead: false,
    });
  }

  private async pages(from: RebuildProgress, paging: Paging): Promise<RebuildProgress> {
    let progress = from;
    let next = paging.read(progress.checkpoint);
    for (;;) {
      const page = await next;
      if (page.events.length === 0) return progress;
      progress = {
        events: progress.events + page.events.length,
        pages: progress.pages + 1,
        checkpoint: page.checkpoint,
      };
      const last = page.events[page.events.length - 1];
      const more =
        page.events.length === this.batchSize &&
        (paging.head === undefined || BigInt(last.transactionId) < paging.head);
      if (more && paging.readAhead) {
        next = paging.read(page.checkpoint);
        // Awaited on the next turn; a fold that fails first must not leave it rejected unheard.
        next.catch(() => undefined);
      }
      await paging.fold(page.events);
      if (!more) return progress;
      if (!paging.readAhead) next = paging.read(page.checkpoint);
    }
  }

  private async fold(tx: Tx, events: RecordedEvent[]): Promise<void> {
    const writesBefore = await liveWrites(tx, this.liveTables);
    const ordered: RecordedEvent[] = [];
    for await (const event of this.order.of(tx, events)) ordered.push(event);
    await applyEvents(this.readModels, tx, ordered);
    if ((await liveWrites(tx, this.liveTables)) > writesBefore) {
      throw new Error('a projection wrote a live table during replay (qualified table name?); rolled back');
    }
  }
}
