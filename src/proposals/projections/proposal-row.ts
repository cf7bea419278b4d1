import { foldForSearch } from '../../shared/domain/text';
import { currentStage, type Proposal } from '../domain/proposal.state';

/** The columns of proposals_v1 derived from a folded proposal: what list, inbox and filters need. */
export interface ProposalRow {
  proposal_id: string;
  version: number;
  status: string;
  proposal_type: string;
  title: string;
  title_folded: string;
  lead_agency: string;
  coordinating_agencies: string[];
  current_stage_id: string | null;
  current_stage_kind: string | null;
  open_bodies: string[];
  /** Who a holder handed the open stage to: the inbox's index; whether the period covers now, it checks. */
  delegates: string[];
  due_on: string | null;
  submitted_at: string | null;
  updated_at: string;
  state: Proposal;
}

/** Who must act now: every body of the open stage, minus those a consultation already heard. */
export const openBodies = (proposal: Proposal): string[] => {
  if (proposal.status !== 'InReview') return [];
  const stage = currentStage(proposal);
  if (!stage || stage.status !== 'open') return [];
  if (stage.kind !== 'consultation') return stage.bodies;
  return stage.bodies.filter((body) => !stage.opinions.some((o) => o.body === body));
};

export const openStageDelegates = (proposal: Proposal): string[] => {
  const bodies = openBodies(proposal);
  if (proposal.status !== 'InReview' || bodies.length === 0) return [];
  const stageId = currentStage(proposal)?.id;
  const delegates = proposal.delegations
    .filter((d) => d.stageId === stageId && bodies.includes(d.body))
    .map((d) => d.delegate.id);
  return [...new Set(delegates)].sort();
};

export const toProposalRow = (proposal: Proposal, version: number, updatedAt: Date): ProposalRow => {
  const stage = proposal.status === 'InReview' ? currentStage(proposal) : undefined;
  return {
    proposal_id: proposal.proposalId,
    version,
    status: proposal.status,
    proposal_type: proposal.proposalType,
    title: proposal.title,
    title_folded: foldForSearch(proposal.title),
    lead_agency: proposal.leadAgency,
    coordinating_agencies: proposal.coordinatingAgencies,
    current_stage_id: stage?.id ?? null,
    current_stage_kind: stage?.kind ?? null,
    open_bodies: openBodies(proposal),
    delegates: openStageDelegates(proposal),
    due_on: stage?.dueOn ?? null,
    submitted_at: proposal.submittedAt,
    updated_at: updatedAt.toISOString(),
    state: proposal,
  };
};
