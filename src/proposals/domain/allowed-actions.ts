import { hasRole, type Actor } from '../../shared/domain/actor';
import { localDate } from '../../shared/domain/working-calendar';
import { bodiesToAct } from './pinned-stage';
import { currentStage, openVoteRound, type ProposalState, type StageState } from './proposal.state';
import { actingFor, heldBodies, isAuditor, isLeadAgencySubmitter, reviewerOf } from './rules/stage-access';
import type { Proposal } from './proposal.state';

export const PROPOSAL_ACTIONS = [
  'edit',
  'attach',
  'submit',
  'approve',
  'request-revision',
  'resubmit',
  'give-opinion',
  'close-consultation',
  'record-tally',
  'open-vote',
  'cast-vote',
  'close-vote',
  'reject',
  'withdraw',
  'delegate',
  'record-implementation',
] as const;
export type ProposalAction = (typeof PROPOSAL_ACTIONS)[number];

const leadActions = (proposal: Proposal): ProposalAction[] => {
  switch (proposal.status) {
    case 'Draft':
      return ['edit', 'attach', 'submit', 'withdraw'];
    case 'RevisionRequested':
      return ['edit', 'attach', 'resubmit', 'withdraw'];
    case 'InReview':
      return ['withdraw'];
    case 'Approved':
      return ['record-implementation'];
    default:
      return [];
  }
};

const committeeActions = (
  stage: Extract<StageState, { kind: 'committee-vote' }>,
  actor: Actor,
): ProposalAction[] => {
  const round = openVoteRound(stage);
  const ofBody = actor.bodies.includes(stage.body);
  const actions: ProposalAction[] = [];
  if (ofBody && hasRole(actor, 'committee-secretary')) actions.push(round ? 'close-vote' : 'open-vote');
  const hasVoted = round?.ballots.some((ballot) => ballot.voter.id === actor.id) ?? true;
  if (ofBody && hasRole(actor, 'committee-member') && !hasVoted) actions.push('cast-vote');
  return actions;
};

const stageActions = (proposal: Proposal, stage: StageState, actor: Actor, now: string): ProposalAction[] => {
  const actions: ProposalAction[] = [];
  const reviewer = reviewerOf(proposal, stage, actor, now);
  const voteOpen = stage.kind === 'committee-vote' && openVoteRound(stage) !== undefined;
  if (reviewer) {
    if (stage.kind === 'appraisal') actions.push('approve');
    if (stage.kind === 'tally') actions.push('record-tally');
    if (stage.kind === 'consultation' && stage.dueOn !== null && localDate(now) > stage.dueOn) {
      actions.push('close-consultation');
    }
    if (!voteOpen) actions.push('request-revision', 'reject');
  }
  if (stage.kind === 'consultation') {
    const answered = new Set(stage.opinions.map((opinion) => opinion.body));
    const waiting = stage.bodies.filter((body) => !answered.has(body));
    if (actingFor(proposal, stage, waiting, actor, now)) actions.push('give-opinion');
  }
  if (stage.kind === 'committee-vote') actions.push(...committeeActions(stage, actor));
  const attachBodies = [...new Set([...(reviewer ? [reviewer.body] : []), ...bodiesToAct(stage, proposal)])];
  if (reviewer || actingFor(proposal, stage, attachBodies, actor, now, ['reviewer', 'committee-secretary'])) {
    actions.push('attach');
  }
  return actions;
};

/**
 * The actions the API may offer this actor now. It mirrors the decider's permission and turn checks,
 * not its content checks: a listed action can still fail on what the request carries.
 */
export const allowedActions = (state: ProposalState, actor: Actor, now: string): ProposalAction[] => {
  if (state.status === 'Empty' || isAuditor(actor)) return [];
  const actions = new Set<ProposalAction>(isLeadAgencySubmitter(state, actor) ? leadActions(state) : []);
  if (state.status === 'InReview') {
    const stage = currentStage(state);
    if (stage && stage.status === 'open')
      stageActions(state, stage, actor, now).forEach((action) => actions.add(action));
    const delegable = state.stages.some(
      (candidate) =>
        (candidate.status === 'open' || candidate.status === 'pending') &&
        heldBodies(state, candidate, actor).length > 0,
    );
    if (delegable) actions.add('delegate');
  }
  return PROPOSAL_ACTIONS.filter((action) => actions.has(action));
};
