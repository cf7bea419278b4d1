import type { AppendResult, Tx } from '../../event-store/event-store.types';
import type { ProposalEvent } from '../domain/proposal.events';
import { evolve } from '../domain/proposal.evolve';
import type { ProposalState } from '../domain/proposal.state';
import { proposalIdOf } from '../application/proposal-stream';
import { toProposalRow } from './proposal-row';

/**
 * proposals.read.v1: list, detail and inbox, folded inline in the append's transaction so a query
 * after a command's 2xx sees it. The same evolve rebuilds it from position 0.
 */
export class ProposalReadModelProjection {
  static readonly projectionName = 'proposals.read.v1';

  async apply(tx: Tx, appended: AppendResult): Promise<void> {
    const proposalId = proposalIdOf(appended.streamId);
    if (!proposalId) return;
    const rows: { state: ProposalState }[] = await tx.query(
      'SELECT state FROM proposals_v1 WHERE proposal_id = $1',
      [proposalId],
    );
    let state: ProposalState = rows[0]?.state ?? { status: 'Empty' };
    for (const event of appended.events)
      state = evolve(state, { type: event.type, data: event.data } as ProposalEvent);
    if (state.status === 'Empty') return;
    const last = appended.events[appended.events.length - 1];
    const row = toProposalRow(state, appended.nextExpectedVersion, last.recordedAt);
    await tx.query(
      `INSERT INTO proposals_v1 (proposal_id, version, status, proposal_type, title, title_folded, lead_agency,
         coordinating_agencies, current_stage_id, current_stage_kind, open_bodies, due_on, submitted_at, updated_at, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (proposal_id) DO UPDATE SET version = $2, status = $3, proposal_type = $4, title = $5,
         title_folded = $6, lead_agency = $7, coordinating_agencies = $8, current_stage_id = $9,
         current_stage_kind = $10, open_bodies = $11, due_on = $12, submitted_at = $13, updated_at = $14, state = $15`,
      [
        row.proposal_id,
        row.version,
        row.status,
        row.proposal_type,
        row.title,
        row.title_folded,
        row.lead_agency,
        row.coordinating_agencies,
        row.current_stage_id,
        row.current_stage_kind,
        row.open_bodies,
        row.due_on,
        row.submitted_at,
        row.updated_at,
        JSON.stringify(row.state),
      ],
    );
  }
}
