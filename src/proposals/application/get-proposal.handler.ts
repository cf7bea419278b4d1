import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { Clock } from '../../shared/clock';
import { allowedActions } from '../domain/allowed-actions';
import { currentStage, type Proposal } from '../domain/proposal.state';
import { canSee, type VisibleFacts } from './proposal-access';
import { ProposalNotFound } from './proposal-errors';
import { GetProposalQuery } from './proposal-queries';

export interface ProposalDetail {
  proposal: Proposal;
  version: number;
  currentStage: { id: string; kind: string; bodies: string[]; dueOn: string | null } | null;
  allowedActions: string[];
}

/** The detail read model plus what the caller may do now. */
@QueryHandler(GetProposalQuery)
export class GetProposalHandler implements IQueryHandler<GetProposalQuery, ProposalDetail> {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async execute({ proposalId, actor }: GetProposalQuery): Promise<ProposalDetail> {
    const rows: (VisibleFacts & { state: Proposal; version: number })[] = await this.db.query(
      'SELECT lead_agency, status, coordinating_agencies, state, version FROM proposals_v1 WHERE proposal_id = $1',
      [proposalId],
    );
    const row = rows[0];
    if (!row || !canSee(actor, row)) throw new ProposalNotFound(proposalId);
    const stage = row.state.status === 'InReview' ? currentStage(row.state) : undefined;
    return {
      proposal: row.state,
      version: row.version,
      currentStage: stage
        ? { id: stage.id, kind: stage.kind, bodies: stage.bodies, dueOn: stage.dueOn }
        : null,
      allowedActions: allowedActions(row.state, actor, this.clock.now().toISOString()),
    };
  }
}
