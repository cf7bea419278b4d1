import { Injectable } from '@nestjs/common';
import type {
  AppendResult,
  AppendStatementPart,
  PlannedAppend,
  Tx,
} from '../../event-store/event-store.types';
import { MergerReservations } from '../../org-registry';
import type { UnitFacts } from '../domain/proposal.types';
import { proposalIdOf } from '../application/proposal-stream';

const RELEASING = new Set(['ProposalWithdrawn', 'ProposalRejected', 'ProposalNotApproved']);

type UnitsData = { units?: UnitFacts[]; changes?: { units?: UnitFacts[] } };

/** The events apply acts on. */
const movesReservations = (event: { type: string; data: unknown }): boolean => {
  const data = event.data as UnitsData;
  if (event.type === 'ProposalDrafted') return Boolean(data.units?.length);
  if (event.type === 'DraftEdited') return Boolean(data.changes?.units);
  return RELEASING.has(event.type);
};

/**
 * A unit may sit in one open merger proposal at a time: reservations follow the proposal's events
 * in the same transaction, and the registry's unique key refuses a second taker.
 */
@Injectable()
export class MergerReservationPolicy {
  constructor(private readonly reservations: MergerReservations) {}

  /** In commit order: a unit one proposal released may be reserved by the next. */
  async applyAll(tx: Tx, appends: AppendResult[]): Promise<void> {
    for (const appended of appends) await this.apply(tx, appended);
  }

  /** Nothing to write for most events; the ones that move reservations take the transaction. */
  statementParts(planned: PlannedAppend): AppendStatementPart[] | null {
    return planned.events.some(movesReservations) ? null : [];
  }

  async apply(tx: Tx, appended: AppendResult): Promise<void> {
    const proposalId = proposalIdOf(appended.streamId);
    if (!proposalId) return;
    for (const event of appended.events) {
      const data = event.data as UnitsData;
      if (event.type === 'ProposalDrafted' && data.units?.length) {
        await this.reservations.reserveUnits(
          tx,
          proposalId,
          data.units.map((u) => u.code),
        );
      } else if (event.type === 'DraftEdited' && data.changes?.units) {
        await this.reservations.releaseUnits(tx, proposalId);
        await this.reservations.reserveUnits(
          tx,
          proposalId,
          data.changes.units.map((u) => u.code),
        );
      } else if (RELEASING.has(event.type)) {
        await this.reservations.releaseUnits(tx, proposalId);
      }
    }
  }
}
