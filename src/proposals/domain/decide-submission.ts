import { isCalendarDate } from '../../shared/domain/working-calendar';
import { DecisionDateInFuture } from './errors/rule.errors';
import { InvalidDate } from './errors/validation.errors';
import { actorRef, requireLeadAgency, requireMayAct, requireProposal, requireStatus } from './guards';
import { pinStages } from './pinned-stage';
import type {
  RecordImplementation,
  ResubmitProposal,
  SubmitProposal,
  WithdrawProposal,
} from './proposal.commands';
import type { ProposalEvent, ProposalResubmitted, ProposalSubmitted } from './proposal.events';
import type { ProposalState } from './proposal.state';
import { ASPECT_OF_FIELD, type Aspect } from './proposal.types';
import { validateForSubmission } from './rules/content-validation';
import { pickFigures, requireFigures } from './rules/figure-rules';
import { requireText, TEXT_LIMITS } from './rules/text-rules';
import { requireApplicableDefinitions } from './rules/workflow-rules';
import { advance, applied, type DecideContext } from './stage-flow';

export const submitProposal = (
  { data, metadata }: SubmitProposal,
  state: ProposalState,
  context: DecideContext,
): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'Draft');
  requireLeadAgency(proposal, actor);
  const { workflow, rulePack } = data;
  requireApplicableDefinitions(workflow, rulePack, proposal.proposalType, context.calendar.localDate(now));
  const evaluation = validateForSubmission(proposal, rulePack);
  const submitted: ProposalSubmitted = {
    type: 'ProposalSubmitted',
    data: {
      proposalId: proposal.proposalId,
      workflow: { id: workflow.id, version: workflow.version },
      rulePack: { id: rulePack.id, version: rulePack.version },
      rules: rulePack.rules,
      stages: pinStages(workflow, rulePack.rules),
      evaluation,
      submittedBy: actorRef(actor),
      submittedAt: now,
    },
  };
  return [submitted, ...advance(applied(proposal, [submitted]), 0, now, context)];
};

/**
 * Back from the lead agency: stages cleared before the return are skipped unless what the lead agency
 * changed touches what they cover; those run again, as does the stage that asked for the revision.
 */
export const resubmitProposal = (
  { metadata }: ResubmitProposal,
  state: ProposalState,
  context: DecideContext,
): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'RevisionRequested');
  requireLeadAgency(proposal, actor);
  if (proposal.rulePack && proposal.rules)
    validateForSubmission(proposal, { id: proposal.rulePack.id, rules: proposal.rules });
  const changedFields = proposal.changedFieldsSinceReturn;
  const touchedAspects = [...new Set<Aspect>(changedFields.map((field) => ASPECT_OF_FIELD[field]))];
  const stagesToRerun = proposal.stages
    .filter(
      (stage) => stage.clearedAt !== null && stage.covers.some((aspect) => touchedAspects.includes(aspect)),
    )
    .map((stage) => stage.id);
  const resubmitted: ProposalResubmitted = {
    type: 'ProposalResubmitted',
    data: {
      proposalId: proposal.proposalId,
      changedFields,
      touchedAspects,
      stagesToRerun,
      resubmittedBy: actorRef(actor),
      resubmittedAt: now,
    },
  };
  return [resubmitted, ...advance(applied(proposal, [resubmitted]), 0, now, context)];
};

/** The lead agency may take its proposal back at any point before a decision. */
export const withdrawProposal = (
  { data, metadata }: WithdrawProposal,
  state: ProposalState,
): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'Draft', 'InReview', 'RevisionRequested');
  requireLeadAgency(proposal, actor);
  requireText('reason', data.reason, { max: TEXT_LIMITS.reason, multiline: true });
  return [
    {
      type: 'ProposalWithdrawn',
      data: {
        proposalId: proposal.proposalId,
        reason: data.reason,
        withdrawnBy: actorRef(actor),
        withdrawnAt: now,
      },
    },
  ];
};

/** The decision that puts an approved proposal into effect; its actual figures feed the progress report. */
export const recordImplementation = (
  { data, metadata }: RecordImplementation,
  state: ProposalState,
  context: DecideContext,
): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'Approved');
  requireLeadAgency(proposal, actor);
  requireText('decisionNumber', data.decisionNumber, { max: TEXT_LIMITS.decisionNumber });
  if (typeof data.decisionDate !== 'string' || !isCalendarDate(data.decisionDate)) {
    throw new InvalidDate('decisionDate', data.decisionDate);
  }
  const today = context.calendar.localDate(now);
  if (data.decisionDate > today) throw new DecisionDateInFuture(data.decisionDate, today);
  requireFigures(data.actualFigures, 'actualFigures');
  return [
    {
      type: 'ImplementationRecorded',
      data: {
        proposalId: proposal.proposalId,
        decisionNumber: data.decisionNumber,
        decisionDate: data.decisionDate,
        plannedFigures: proposal.figures,
        actualFigures: pickFigures(data.actualFigures),
        recordedBy: actorRef(actor),
        recordedAt: now,
      },
    },
  ];
};
