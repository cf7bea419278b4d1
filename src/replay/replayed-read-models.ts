import type { AppendHook, AppendResult, RecordedEvent, Tx } from '../event-store/event-store.types';
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
  /** The live projection's own code; it names its tables unqualified, so replay can aim it at the shadow. */
  apply: AppendHook;
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
      apply: (tx, appended) => proposals.apply(tx, appended),
    },
    {
      name: 'proposals.merger-reservations',
      // reserved_at is the append transaction's now(), which no event records.
      tables: [{ name: 'merger_reservations', notDerived: ['reserved_at'] }],
      apply: (tx, appended) => reservations.apply(tx, appended),
    },
  ];
};

/** One event per call: the shape an append of that one event hands its hooks. */
export const applyEvent = async (models: ReplayedReadModel[], tx: Tx, event: RecordedEvent) => {
  const appended: AppendResult = {
    streamId: event.streamId,
    nextExpectedVersion: event.streamVersion,
    events: [event],
  };
  for (const model of models) {
    await model.apply(tx, appended).catch((err: unknown) => {
      const cause = err instanceof Error ? err.message : String(err);
      const at = `${event.globalPosition} (${event.streamId} v${event.streamVersion} ${event.type})`;
      throw new Error(`${model.name} refused event ${at}: ${cause}`);
    });
  }
};
