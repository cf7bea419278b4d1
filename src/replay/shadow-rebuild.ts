import type { GlobalCheckpoint, RecordedEvent, Tx } from '../event-store/event-store.types';
import type { PostgresEventStore, ReadAllPage } from '../event-store/postgres-event-store';
import { FoldOrder } from './fold-order';
import { applyEvent, type ReplayedReadModel } from './replayed-read-models';
import { aimAtShadow, liveWrites, type ResolvedTable } from './shadow-tables';

export interface RebuildProgress {
  events: number;
  pages: number;
  checkpoint: GlobalCheckpoint | null;
}

type Transactional = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/**
 * Feeds events to the live projections' own code, aimed at the shadow tables, one page at a time: a
 * page is read, folded and committed before the next is read, so memory holds one page whatever the
 * store's size. Only projections run; no append hook does, so no outbox row or notification is made.
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
      progress = await this.pages(
        progress,
        async (checkpoint) => {
          const page = await this.store.readAllPage(checkpoint, this.batchSize);
          await inTransaction(async (tx) => {
            await aimAtShadow(tx);
            await this.fold(tx, page.events);
          });
          return page;
        },
        BigInt(head),
      );
      if (progress.events - before <= this.batchSize) break;
    }
    return progress;
  }

  /** In the caller's transaction, which locks the live tables: every committed event not yet folded. */
  async catchUp(tx: Tx, from: RebuildProgress): Promise<RebuildProgress> {
    await aimAtShadow(tx);
    return this.pages(from, async (checkpoint) => {
      const page = await this.store.readAllPage(checkpoint, this.batchSize, { tx, pastInFlight: true });
      await this.fold(tx, page.events);
      return page;
    });
  }

  private async pages(
    from: RebuildProgress,
    next: (checkpoint: GlobalCheckpoint | null) => Promise<ReadAllPage>,
    /** Stop once past this transaction id: later ones began after the round did. */
    head?: bigint,
  ): Promise<RebuildProgress> {
    let progress = from;
    for (;;) {
      const page = await next(progress.checkpoint);
      if (page.events.length === 0) return progress;
      progress = {
        events: progress.events + page.events.length,
        pages: progress.pages + 1,
        checkpoint: page.checkpoint,
      };
      if (page.events.length < this.batchSize) return progress;
      const last = page.events[page.events.length - 1];
      if (head !== undefined && BigInt(last.transactionId) >= head) return progress;
    }
  }

  private async fold(tx: Tx, events: RecordedEvent[]): Promise<void> {
    const writesBefore = await liveWrites(tx, this.liveTables);
    for await (const event of this.order.of(tx, events)) await applyEvent(this.readModels, tx, event);
    if ((await liveWrites(tx, this.liveTables)) > writesBefore) {
      throw new Error('a projection wrote a live table during replay (qualified table name?); rolled back');
    }
  }
}
