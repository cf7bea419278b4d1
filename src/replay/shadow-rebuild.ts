import type { GlobalCheckpoint, RecordedEvent, Tx } from '../event-store/event-store.types';
import type { PostgresEventStore, ReadAllPage } from '../event-store/postgres-event-store';
import { FoldOrder } from './fold-order';
import { preparePage, writePage, type PreparedPage, type ReplayedReadModel } from './replayed-read-models';
import { aimAtShadow, liveWrites, type ResolvedTable } from './shadow-tables';

export interface RebuildProgress {
  events: number;
  pages: number;
  checkpoint: GlobalCheckpoint | null;
}

type Transactional = <T>(work: (tx: Tx) => Promise<T>) => Promise<T>;

/** A page as read, and its events in fold order (a held-back event moves to a later page). */
interface OrderedPage extends ReadAllPage {
  ordered: RecordedEvent[];
}

interface Paging {
  read: (checkpoint: GlobalCheckpoint | null) => Promise<OrderedPage>;
  /** Folds a page's events, ready to write; `carried` is what the previous page's fold left. */
  prepare: (ordered: RecordedEvent[], carried: unknown[]) => Promise<PreparedPage>;
  write: (page: PreparedPage) => Promise<void>;
  /**
   * Read the next page and fold it while this one is written: reads, folds and writes each on a
   * connection of their own. Otherwise one page after the other, all on one transaction.
   */
  ahead: boolean;
  /** Stop once past this transaction id: later ones began after the round did. */
  head?: bigint;
}

/**
 * Feeds events to the live projections' own code, aimed at the shadow tables, one page at a time: a
 * page is put in fold order and handed over whole, so a projection touches each row once per page.
 * While a page is written and committed, the next is read and folded (its reads see only committed
 * rows; what the page being written folded, the models carry over), so memory holds three pages
 * whatever the store's size. Only projections run; no append hook does, so no outbox row or
 * notification is made.
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
        // Through the pool, beside the connection that writes: the next pages are read, put in order
        // and folded meanwhile.
        read: async (checkpoint) => {
          const page = await this.store.readAllPage(checkpoint, this.batchSize, { foldOnly: true });
          return { ...page, ordered: await this.store.transaction((tx) => this.ordered(tx, page.events)) };
        },
        prepare: (ordered, carried) =>
          this.store.transaction(async (reader) => {
            // A fold only reads; the live-write guard watches the write's transaction alone.
            await reader.query('SET TRANSACTION READ ONLY');
            await aimAtShadow(reader);
            return preparePage(this.readModels, reader, ordered, carried);
          }),
        write: (page) =>
          inTransaction(async (tx) => {
            await aimAtShadow(tx);
            await this.write(tx, page);
          }),
        ahead: true,
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
      read: async (checkpoint) => {
        const page = await this.store.readAllPage(checkpoint, this.batchSize, {
          tx,
          pastInFlight: true,
          foldOnly: true,
        });
        return { ...page, ordered: await this.ordered(tx, page.events) };
      },
      // One transaction sees its own writes: nothing needs carrying over.
      prepare: (ordered) => preparePage(this.readModels, tx, ordered),
      write: (page) => this.write(tx, page),
      ahead: false,
    });
  }

  private async pages(from: RebuildProgress, paging: Paging): Promise<RebuildProgress> {
    let progress = from;
    let carried: unknown[] = [];
    // The previous page's write: the next page's is begun only once it has committed.
    let writing: Promise<void> | null = null;
    try {
      let next = paging.read(progress.checkpoint);
      for (;;) {
        const page = await next;
        if (page.events.length === 0) break;
        progress = {
          events: progress.events + page.events.length,
          pages: progress.pages + 1,
          checkpoint: page.checkpoint,
        };
        const last = page.events[page.events.length - 1];
        const more =
          page.events.length === this.batchSize &&
          (paging.head === undefined || BigInt(last.transactionId) < paging.head);
        if (more && paging.ahead) {
          next = paging.read(page.checkpoint);
          // Awaited on the next turn; a page that fails first must not leave it rejected unheard.
          next.catch(() => undefined);
        }
        const prepared = await paging.prepare(page.ordered, carried);
        await writing;
        carried = prepared.carried;
        writing = paging.write(prepared);
        writing.catch(() => undefined); // awaited before the next write, or below
        if (!paging.ahead) await writing;
        if (!more) break;
        if (!paging.ahead) next = paging.read(page.checkpoint);
      }
      await writing;
      return progress;
    } catch (err) {
      // The caller cleans up on the write's connection once this returns: no page may still be in it.
      await writing?.catch(() => undefined);
      throw err;
    }
  }

  private async ordered(tx: Tx, events: RecordedEvent[]): Promise<RecordedEvent[]> {
    const ordered: RecordedEvent[] = [];
    for await (const event of this.order.of(tx, events)) ordered.push(event);
    return ordered;
  }

  private async write(tx: Tx, page: PreparedPage): Promise<void> {
    const writesBefore = await liveWrites(tx, this.liveTables);
    await writePage(page, tx);
    if ((await liveWrites(tx, this.liveTables)) > writesBefore) {
      throw new Error('a projection wrote a live table during replay (qualified table name?); rolled back');
    }
  }
}
