import type { Proposal } from '../../proposals/domain/proposal.state';
import { reviewingBody } from '../../proposals/domain/pinned-stage';
import type { ProposalSnapshot } from '../routing/notification-intent';

/** The little routing needs from a folded proposal. */
export const snapshotOf = (p: Proposal): ProposalSnapshot => ({
  proposalId: p.proposalId,
  title: p.title,
  proposalType: p.proposalType,
  leadAgency: p.leadAgency,
  coordinatingAgencies: p.coordinatingAgencies,
  stages: p.stages.map((s) => ({
    id: s.id,
    kind: s.kind,
    title: s.title.vi,
    reviewingBody: reviewingBody(s),
  })),
});
