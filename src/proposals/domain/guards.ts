import type { Actor } from '../../shared/domain/actor';
import { AuditorReadOnly, NotLeadAgency, NotYourStage } from './errors/access.errors';
import { ProposalNotFound, ProposalTerminal, WrongStatus } from './errors/state.errors';
import { reviewingBody } from './pinned-stage';
import {
  currentStage,
  isTerminal,
  type Proposal,
  type ProposalState,
  type ProposalStatus,
  type StageState,
} from './proposal.state';
import type { ActorRef } from './proposal.types';
import { isAuditor, isLeadAgencySubmitter, reviewerOf, type StageActing } from './rules/stage-access';

/** Guard clauses shared by the command handlers; each throws the rule's typed error. */

export const actorRef = (actor: Actor): ActorRef => ({ id: actor.id, name: actor.name });

export const requireMayAct = (actor: Actor): void => {
  if (isAuditor(actor)) throw new AuditorReadOnly(actor.id);
};

export const requireProposal = (state: ProposalState): Proposal => {
  if (state.status === 'Empty') throw new ProposalNotFound();
  return state;
};

export function requireStatus<S extends ProposalStatus>(
  proposal: Proposal,
  ...allowed: S[]
): asserts proposal is Extract<Proposal, { status: S }> {
  if ((allowed as ProposalStatus[]).includes(proposal.status)) return;
  if (isTerminal(proposal)) throw new ProposalTerminal(proposal.status);
  throw new WrongStatus(proposal.status, allowed);
}

export const requireLeadAgency = (proposal: Proposal, actor: Actor): void => {
  if (!isLeadAgencySubmitter(proposal, actor)) throw new NotLeadAgency(proposal.leadAgency, actor.orgUnit);
};

/** While in review exactly one stage is open; its absence would be a bug in evolve, not a user error. */
export const requireOpenStage = (proposal: Proposal): StageState => {
  const stage = currentStage(proposal);
  if (!stage || stage.status !== 'open')
    throw new Error(`proposal ${proposal.proposalId} in review has no open stage`);
  return stage;
};

export const requireReviewer = (
  proposal: Proposal,
  stage: StageState,
  actor: Actor,
  now: string,
): StageActing => {
  const acting = reviewerOf(proposal, stage, actor, now);
  if (!acting) throw new NotYourStage(stage.id, [reviewingBody(stage)]);
  return acting;
};
