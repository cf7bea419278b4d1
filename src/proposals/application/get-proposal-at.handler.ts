import { QueryBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { PostgresEventStore } from '../../event-store/postgres-event-store';
import { currentStage, type Proposal } from '../domain/proposal.state';
import type { ProposalDetail } from './get-proposal.handler';
import { ProposalNotFound } from './proposal-errors';
import { GetProposalAtQuery, GetProposalQuery } from './proposal-queries';
import { proposalDecider, proposalStreamId } from './proposal-stream';

/**
 * The proposal as it stood at an instant or a version, folded from its events — never from the read
 * model, which only knows the present. The same shape as the live detail; nothing can be done in
 * the past, so no actions are allowed.
 */
@QueryHandler(GetProposalAtQuery)
export class GetProposalAtHandler implements IQueryHandler<GetProposalAtQuery, ProposalDetail> {
  constructor(
    private readonly store: PostgresEventStore,
    private readonly queries: QueryBus,
  ) {}

  async execute({ proposalId, actor, at }: GetProposalAtQuery): Promise<ProposalDetail> {
    await this.queries.execute(new GetProposalQuery(proposalId, actor)); // today's visibility: 404 when hidden
    let state = proposalDecider.initialState();
    let version = 0;
    const events = this.store.readStream(proposalStreamId(proposalId), {
      ...(at.version !== undefined ? { toVersion: at.version } : {}),
      ...(at.asOf !== undefined ? { until: at.asOf } : {}),
    });
    for await (const e of events) {
      state = proposalDecider.evolve(state, e as never);
      version = e.streamVersion;
    }
    if (state.status === 'Empty') throw new ProposalNotFound(proposalId);
    const proposal: Proposal = state;
    const stage = proposal.status === 'InReview' ? currentStage(proposal) : undefined;
    return {
      proposal,
      version,
      currentStage: stage
        ? { id: stage.id, kind: stage.kind, bodies: stage.bodies, dueOn: stage.dueOn }
        : null,
      allowedActions: [],
    };
  }
}
