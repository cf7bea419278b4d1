import type { AppendResult, RecordedEvent, Tx } from '../event-store/event-store.types';
import { MergerReservations } from '../org-registry';
import { MergerReservationPolicy } from '../proposals/projections/merger-reservation.policy';
import { ProposalReadModelProjection } from '../proposals/projections/proposal-read-model.projection';
import type { ProposalState } from '../proposals/domain/proposal.state';

/** A table an inline projection writes, rebuilt whole from position 0. */
export interface ReplayedTable {
  name: string;
  /** Columns not derived from events (e.g. the writing transaction's clock): never compared, kept from live. */
  notDerived: string[];
}

/** One page folded ahead of its write. */
export interface FoldedPage {
  /** Writes what the page folded, in the page's own transaction. */
  write: (tx: Tx) => Promise<void>;
  /** For the next page's fold: this page's results, which may not be committed when it reads. */
  carried: unknown;
}

/** @publicApi */
export interface ReplayedReadModel {
  name: string;
  tables: ReplayedTable[];
  /**
   * The live projection's own code, given a page's events as the appends that made them, in commit
   * order; it names its tables unqualified, so replay can aim it at the shadow.
   */
  applyAll: (tx: Tx, appends: AppendResult[]) => Promise<void>;
  /**
   * applyAll split in two, so replay can fold a page while the page before it is written. It reads
   * through `reader`, which sees only committed shadow rows: what the previous page folded it takes
   * from that page's `carried` instead. Without it, the model's applyAll runs in the write.
   */
  foldPage?: (reader: Pick<Tx, 'query'>, appends: AppendResult[], carried: unknown) => Promise<FoldedPage>;
}

/** The proposals' pages: a proposal the previous page folded starts from that state, not from its row. */
const proposalPages =
  (proposals: ProposalReadModelProjection) =>
  async (reader: Pick<Tx, 'query'>, appends: AppendResult[], carried: unknown): Promise<FoldedPage> => {
    const before = carried as Map<string, ProposalState> | undefined;
    const { rows, states } = await proposals.foldAll(reader, appends, before);
    return { write: (tx) => proposals.write(tx, rows), carried: states };
  };

/**
 * Every table derived from events, in the order an append writes them: the swap locks them in this
 * order, so it queues behind an append instead of deadlocking with it.
 *
 * Not here, on purpose: the outbox, in-app notifications and the delivery ledger record side effects
 * already taken, which a replay must never take again; idempotency keys, the registry and audit
 * checkpoints are not derived from events at all.
 */
export const replayedReadModels = (): ReplayedReadModel[] => {
  const proposals = new ProposalReadModelProjection();
  const reservations = new MergerReservationPolicy(new MergerReservations());
  return [
    {
      name: ProposalReadModelProjection.projectionName,
      tables: [{ name: 'proposals_v1', notDerived: [] }],
      applyAll: async (tx, appends) => void (await proposals.applyAll(tx, appends)),
      foldPage: proposalPages(proposals),
    },
    {
      name: 'proposals.merger-reservations',
      // reserved_at is the append transaction's now(), which no event records.
      tables: [{ name: 'merger_reservations', notDerived: ['reserved_at'] }],
      applyAll: (tx, appends) => reservations.applyAll(tx, appends),
    },
  ];
};

/** Runs of consecutive events of one stream, each the shape an append of those events hands its hooks. */
export const asAppends = (events: RecordedEvent[]): AppendResult[] => {
  const appends: AppendResult[] = [];
  for (const event of events) {
    const last = appends[appends.length - 1];
    if (last?.streamId === event.streamId && last.nextExpectedVersion + 1 === event.streamVersion) {
      last.events.push(event);
      last.nextExpectedVersion = event.streamVersion;
    } else {
      appends.push({ streamId: event.streamId, nextExpectedVersion: event.streamVersion, events: [event] });
    }
  }
  return appends;
};

/** A page every model has folded, to be written in one transaction. */
export interface PreparedPage {
  writes: ((tx: Tx) => Promise<void>)[];
  /** Per model, what its next page's fold takes over. */
  carried: unknown[];
}

/**
 * Every model folds the events, given in commit order: those that can, through `reader` ahead of the
 * write; the others in the write. A refusal names the model and the events' range.
 */
export const preparePage = async (
  models: ReplayedReadModel[],
  reader: Pick<Tx, 'query'>,
  events: RecordedEvent[],
  carried: unknown[] = [],
): Promise<PreparedPage> => {
  const page: PreparedPage = { writes: [], carried: [] };
  if (events.length === 0) return page;
  const appends = asAppends(events);
  const range = `${events[0].globalPosition}…${events[events.length - 1].globalPosition}`;
  const refusedBy = (model: ReplayedReadModel) => (err: unknown) => {
    const cause = err instanceof Error ? err.message : String(err);
    throw new Error(`${model.name} refused the events at positions ${range}: ${cause}`);
  };
  for (const [i, model] of models.entries()) {
    if (model.foldPage) {
      const folded = await model.foldPage(reader, appends, carried[i]).catch(refusedBy(model));
      page.writes.push((tx) => folded.write(tx).catch(refusedBy(model)));
      page.carried[i] = folded.carried;
    } else {
      page.writes.push((tx) => model.applyAll(tx, appends).catch(refusedBy(model)));
    }
  }
  return page;
};

export const writePage = async (page: PreparedPage, tx: Tx): Promise<void> => {
  for (const write of page.writes) await write(tx);
};
