import type { AppendResult, RecordedEvent, Tx } from '../event-store/event-store.types';
import { MergerReservations } from '../org-registry';
import { MergerReservationPolicy } from '../proposals/projections/merger-reservation.policy';
import { ProposalReadModelProjection } from '../proposals/projections/proposal-read-model.projection';

/** A table an inline projection writes, rebuilt whole from position 0. */
export interface ReplayedTable {
  name: string;
  /** Columns not derived from events (e.g. the writing transaction's clock): never compared, kept from live. */
  notDerived: string[];
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
}

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

/** Every model folds the events, in commit order; a refusal names the model and the events' range. */
export const applyEvents = async (models: ReplayedReadModel[], tx: Tx, events: RecordedEvent[]) => {
  if (events.length === 0) return;
  const appends = asAppends(events);
  for (const model of models) {
    await model.applyAll(tx, appends).catch((err: unknown) => {
      const cause = err instanceof Error ? err.message : String(err);
      const range = `${events[0].globalPosition}…${events[events.length - 1].globalPosition}`;
      throw new Error(`${model.name} refused the events at positions ${range}: ${cause}`);
    });
  }
};
