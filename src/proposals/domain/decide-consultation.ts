import { NotYourStage } from './errors/access.errors';
import { TallyUnitsMismatch } from './errors/rule.errors';
import { ActionNotForStage, AlreadyAnswered, ConsultationNotDue } from './errors/state.errors';
import { InvalidChoice, TallyFigureInvalid } from './errors/validation.errors';
import {
  actorRef,
  requireMayAct,
  requireOpenStage,
  requireProposal,
  requireReviewer,
  requireStatus,
} from './guards';
import type { CloseConsultation, GiveOpinion, RecordVoterConsultation } from './proposal.commands';
import type { ProposalEvent, VoterConsultationRecorded } from './proposal.events';
import type { ProposalState } from './proposal.state';
import type { Opinion, VoterConsultationResult } from './proposal.types';
import { actingFor } from './rules/stage-access';
import { requireOptionalText, TEXT_LIMITS } from './rules/text-rules';
import { clearAndAdvance, type DecideContext } from './stage-flow';

const OPINIONS: readonly Opinion[] = ['agree', 'agree-with-comments', 'disagree'];

/** Each consulted body answers once; the last answer completes the stage and the next one opens. */
export const giveOpinion = (
  { data, metadata }: GiveOpinion,
  state: ProposalState,
  context: DecideContext,
): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'InReview');
  const stage = requireOpenStage(proposal);
  if (stage.kind !== 'consultation') throw new ActionNotForStage('give-opinion', stage.id, stage.kind);
  const acting = stage.bodies.includes(data.body)
    ? actingFor(proposal, stage, [data.body], actor, now)
    : null;
  if (!acting) throw new NotYourStage(stage.id, stage.bodies);
  if (!OPINIONS.includes(data.opinion)) throw new InvalidChoice('opinion', data.opinion, OPINIONS);
  requireOptionalText('comment', data.comment, { max: TEXT_LIMITS.comment, multiline: true });
  if (stage.opinions.some((given) => given.body === data.body)) throw new AlreadyAnswered(data.body);
  const given: ProposalEvent = {
    type: 'OpinionGiven',
    data: {
      proposalId: proposal.proposalId,
      stageId: stage.id,
      body: data.body,
      opinion: data.opinion,
      comment: data.comment ?? null,
      givenBy: actorRef(actor),
      actingFor: acting.actingFor,
      givenAt: now,
    },
  };
  const answered = new Set([...stage.opinions.map((opinion) => opinion.body), data.body]);
  if (!stage.bodies.every((body) => answered.has(body))) return [given];
  const completed: ProposalEvent = {
    type: 'ConsultationCompleted',
    data: { proposalId: proposal.proposalId, stageId: stage.id, completedAt: now },
  };
  return clearAndAdvance(proposal, stage, [given, completed], now, context);
};

/** Silence does not hold a proposal hostage: once the due date has passed the presiding body closes. */
export const closeConsultation = (
  { metadata }: CloseConsultation,
  state: ProposalState,
  context: DecideContext,
): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'InReview');
  const stage = requireOpenStage(proposal);
  const acting = requireReviewer(proposal, stage, actor, now);
  if (stage.kind !== 'consultation') throw new ActionNotForStage('close-consultation', stage.id, stage.kind);
  const today = context.calendar.localDate(now);
  if (stage.dueOn === null || today <= stage.dueOn) throw new ConsultationNotDue(stage.dueOn ?? '', today);
  const answered = new Set(stage.opinions.map((opinion) => opinion.body));
  const closed: ProposalEvent = {
    type: 'ConsultationClosed',
    data: {
      proposalId: proposal.proposalId,
      stageId: stage.id,
      unansweredBodies: stage.bodies.filter((body) => !answered.has(body)),
      closedBy: actorRef(actor),
      actingFor: acting.actingFor,
      closedAt: now,
    },
  };
  return clearAndAdvance(proposal, stage, [closed], now, context);
};

const requireResults = (results: VoterConsultationResult[], unitCodes: string[]): void => {
  if (!Array.isArray(results)) throw new TallyFigureInvalid('results', 'must be a list');
  results.forEach(({ unitCode, eligibleVoters, agreed }, index) => {
    if (typeof unitCode !== 'string' || unitCode === '')
      throw new TallyFigureInvalid(`results[${index}].unitCode`, 'missing');
    if (!Number.isSafeInteger(eligibleVoters) || eligibleVoters <= 0) {
      throw new TallyFigureInvalid(`results[${index}].eligibleVoters`, 'must be a positive whole number');
    }
    if (!Number.isSafeInteger(agreed) || agreed < 0 || agreed > eligibleVoters) {
      throw new TallyFigureInvalid(
        `results[${index}].agreed`,
        'must be a whole number between 0 and eligibleVoters',
      );
    }
  });
  const received = results.map((result) => result.unitCode);
  const sameUnits =
    new Set(received).size === received.length &&
    received.length === unitCodes.length &&
    unitCodes.every((code) => received.includes(code));
  if (!sameUnits) throw new TallyUnitsMismatch(unitCodes, received);
};

/** Voters of every unit must agree by more than the pack's share; one unit short and the merger fails. */
export const recordVoterConsultation = (
  { data, metadata }: RecordVoterConsultation,
  state: ProposalState,
  context: DecideContext,
): ProposalEvent[] => {
  const { actor, now } = metadata;
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'InReview');
  const stage = requireOpenStage(proposal);
  const acting = requireReviewer(proposal, stage, actor, now);
  if (stage.kind !== 'tally') throw new ActionNotForStage('record-tally', stage.id, stage.kind);
  requireResults(
    data.results,
    proposal.units.map((unit) => unit.code),
  );
  const results = data.results.map(({ unitCode, eligibleVoters, agreed }) => ({
    unitCode,
    eligibleVoters,
    agreed,
    share: Math.round((agreed / eligibleVoters) * 1e6) / 1e6,
    passed: agreed > stage.passAboveShare * eligibleVoters,
  }));
  const passed = results.every((result) => result.passed);
  const recorded: VoterConsultationRecorded = {
    type: 'VoterConsultationRecorded',
    data: {
      proposalId: proposal.proposalId,
      stageId: stage.id,
      results,
      passAboveShare: stage.passAboveShare,
      passed,
      recordedBy: actorRef(actor),
      actingFor: acting.actingFor,
      recordedAt: now,
    },
  };
  if (passed) return clearAndAdvance(proposal, stage, [recorded], now, context);
  return [
    recorded,
    {
      type: 'ProposalNotApproved',
      data: {
        proposalId: proposal.proposalId,
        stageId: stage.id,
        reason: 'voter-consultation-failed',
        tally: null,
        failingUnits: results.filter((result) => !result.passed).map((result) => result.unitCode),
        decidedAt: now,
      },
    },
  ];
};
