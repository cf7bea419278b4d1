import { NotYourStage } from './errors/access.errors';
import { SelfDelegation, StageNotReturnable } from './errors/rule.errors';
import { ActionNotForStage, StageFinished, VoteAlreadyOpen } from './errors/state.errors';
import { DelegationInvalid, UnknownStage } from './errors/validation.errors';
import {
  actorRef,
  requireMayAct,
  requireOpenStage,
  requireProposal,
  requireReviewer,
  requireStatus,
} from './guards';
import { bodiesToAct, reviewingBody } from './pinned-stage';
import type { ApproveStage, DelegateStage, RejectProposal, RequestRevision } from './proposal.commands';
import type { ProposalEvent, RevisionRequested, StageApproved } from './proposal.events';
import { openVoteRound, type Proposal, type ProposalState, type StageState } from './proposal.state';
import { heldBodies } from './rules/stage-access';
import { requireOptionalText, requireText, TEXT_LIMITS } from './rules/text-rules';
import { advance, applied, clearAndAdvance, stageIndex, type DecideContext } from './stage-flow';

const requireNoOpenVote = (stage: StageState): void => {
  const open = openVoteRound(stage);
  if (open) throw new VoteAlreadyOpen(stage.id, open.round);
};

/** An appraisal is approved by its body (or the body's delegate); the next stage opens at once. */
export const approveStage = (
  { data, metadata }: ApproveStage,
  state: ProposalState,
  context: DecideContext,
): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'InReview');
  const stage = requireOpenStage(proposal);
  const acting = requireReviewer(proposal, stage, actor, now);
  if (stage.kind !== 'appraisal') throw new ActionNotForStage('approve', stage.id, stage.kind);
  requireOptionalText('comment', data.comment, { max: TEXT_LIMITS.comment, multiline: true });
  const approved: StageApproved = {
    type: 'StageApproved',
    data: {
      proposalId: proposal.proposalId,
      stageId: stage.id,
      body: acting.body,
      comment: data.comment ?? null,
      approvedBy: actorRef(actor),
      actingFor: acting.actingFor,
      approvedAt: now,
    },
  };
  return clearAndAdvance(proposal, stage, [approved], now, context);
};

const requireReturnTarget = (proposal: Proposal, current: StageState, toStage: string): StageState => {
  const target = proposal.stages.find((stage) => stage.id === toStage);
  if (!target) throw new UnknownStage(toStage);
  if (stageIndex(proposal, toStage) >= stageIndex(proposal, current.id))
    throw new StageNotReturnable(toStage, 'not-earlier');
  if (target.clearedAt === null) throw new StageNotReturnable(toStage, 'never-cleared');
  return target;
};

/**
 * Back to the lead agency (it edits and resubmits) or to a named earlier stage, which reopens; the
 * returning stage runs again afterwards either way.
 */
export const requestRevision = (
  { data, metadata }: RequestRevision,
  state: ProposalState,
  context: DecideContext,
): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'InReview');
  const stage = requireOpenStage(proposal);
  const acting = requireReviewer(proposal, stage, actor, now);
  requireNoOpenVote(stage);
  requireText('reason', data.reason, { max: TEXT_LIMITS.reason, multiline: true });
  const target = data.toStage ? requireReturnTarget(proposal, stage, data.toStage) : null;
  const requested: RevisionRequested = {
    type: 'RevisionRequested',
    data: {
      proposalId: proposal.proposalId,
      stageId: stage.id,
      body: acting.body,
      reason: data.reason,
      returnTo: target
        ? { to: 'stage', stageId: target.id }
        : { to: 'lead-agency', agency: proposal.leadAgency },
      requestedBy: actorRef(actor),
      actingFor: acting.actingFor,
      requestedAt: now,
    },
  };
  if (!target) return [requested];
  return [
    requested,
    ...advance(applied(proposal, [requested]), stageIndex(proposal, target.id), now, context),
  ];
};

export const rejectProposal = ({ data, metadata }: RejectProposal, state: ProposalState): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'InReview');
  const stage = requireOpenStage(proposal);
  const acting = requireReviewer(proposal, stage, actor, now);
  requireNoOpenVote(stage);
  requireText('reason', data.reason, { max: TEXT_LIMITS.reason, multiline: true });
  return [
    {
      type: 'ProposalRejected',
      data: {
        proposalId: proposal.proposalId,
        stageId: stage.id,
        body: acting.body,
        reason: data.reason,
        rejectedBy: actorRef(actor),
        actingFor: acting.actingFor,
        rejectedAt: now,
      },
    },
  ];
};

const requireWindow = (validFrom: unknown, validUntil: unknown, now: string): void => {
  const from = typeof validFrom === 'string' ? Date.parse(validFrom) : NaN;
  const until = typeof validUntil === 'string' ? Date.parse(validUntil) : NaN;
  if (Number.isNaN(from)) throw new DelegationInvalid('validFrom', 'must be an ISO instant');
  if (Number.isNaN(until)) throw new DelegationInvalid('validUntil', 'must be an ISO instant');
  if (until <= from) throw new DelegationInvalid('validUntil', 'must be after validFrom');
  if (until <= Date.parse(now)) throw new DelegationInvalid('validUntil', 'has already passed');
};

/** A holder of a body hands its part in one stage to someone else for a window of time. */
export const delegateStage = ({ data, metadata }: DelegateStage, state: ProposalState): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'InReview');
  const stage = proposal.stages.find((candidate) => candidate.id === data.stageId);
  if (!stage) throw new UnknownStage(data.stageId);
  if (stage.status === 'cleared' || stage.status === 'skipped') throw new StageFinished(stage.id);
  const held = heldBodies(proposal, stage, actor);
  const body = data.body ?? (held.length === 1 ? held[0] : undefined);
  if (body === undefined && held.length > 1)
    throw new DelegationInvalid('body', 'name the body you delegate for');
  if (body === undefined || !held.includes(body)) {
    throw new NotYourStage(stage.id, [...new Set([reviewingBody(stage), ...bodiesToAct(stage, proposal)])]);
  }
  const { delegate } = data;
  requireText('delegate.id', delegate?.id, { max: TEXT_LIMITS.code * 2 });
  requireText('delegate.name', delegate.name, { max: TEXT_LIMITS.name });
  if (delegate.id === actor.id) throw new SelfDelegation();
  requireWindow(data.validFrom, data.validUntil, now);
  return [
    {
      type: 'StageDelegated',
      data: {
        proposalId: proposal.proposalId,
        stageId: stage.id,
        body,
        holder: actorRef(actor),
        delegate: { id: delegate.id, name: delegate.name },
        validFrom: data.validFrom,
        validUntil: data.validUntil,
        delegatedAt: now,
      },
    },
  ];
};
