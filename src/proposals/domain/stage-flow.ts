import type { WorkingCalendar } from '../../shared/domain/working-calendar';
import type { RulePack } from '../workflows/rule-pack';
import type { ProposalEvent } from './proposal.events';
import { evolve } from './proposal.evolve';
import { bodiesToAct, reviewingBody } from './pinned-stage';
import type { Proposal, StageState } from './proposal.state';
import type { VoteTally } from './proposal.types';

/** What decisions need from outside besides the command: the calendar and the rule pack lookup. */
export interface DecideContext {
  calendar: WorkingCalendar;
  /** The rule pack in force on a calendar date, for drafts (a submitted proposal uses its pinned one). */
  rulePackAt: (date: string) => RulePack;
}

/** The state after this decision's own earlier events, so later steps of one decision see them. */
export const applied = (proposal: Proposal, events: ProposalEvent[]): Proposal =>
  events.reduce<Proposal>((state, event) => evolve(state, event) as Proposal, proposal);

export const stageIndex = (proposal: Proposal, stageId: string): number =>
  proposal.stages.findIndex((stage) => stage.id === stageId);

const lastApprovedTally = (stages: StageState[]): VoteTally | null => {
  for (const stage of [...stages].reverse()) {
    const approved = [...stage.votes].reverse().find((vote) => vote.approved === true);
    if (approved) return approved.tally;
  }
  return null;
};

/**
 * Moves the proposal on from stage `fromIndex`: a stage whose clearance still holds is skipped (it was
 * cleared before a revision and nothing it covers changed), a consultation with nobody to ask is
 * skipped, the first other stage opens. Past the last stage the proposal is approved.
 */
export const advance = (
  proposal: Proposal,
  fromIndex: number,
  now: string,
  context: DecideContext,
): ProposalEvent[] => {
  const { proposalId } = proposal;
  const events: ProposalEvent[] = [];
  for (const stage of proposal.stages.slice(fromIndex)) {
    if (stage.clearedAt !== null) {
      events.push({
        type: 'StageSkipped',
        data: { proposalId, stageId: stage.id, reason: 'already-cleared', skippedAt: now },
      });
      continue;
    }
    const bodies = bodiesToAct(stage, proposal);
    if (bodies.length === 0) {
      events.push({
        type: 'StageSkipped',
        data: { proposalId, stageId: stage.id, reason: 'no-bodies', skippedAt: now },
      });
      continue;
    }
    const dueOn = context.calendar.addWorkingDays(context.calendar.localDate(now), stage.slaWorkingDays);
    events.push({
      type: 'StageOpened',
      data: {
        proposalId,
        stageId: stage.id,
        kind: stage.kind,
        bodies,
        openedAt: now,
        dueOn,
        slaWorkingDays: stage.slaWorkingDays,
      },
    });
    return events;
  }
  const last = proposal.stages[proposal.stages.length - 1];
  events.push({
    type: 'ProposalApproved',
    data: {
      proposalId,
      stageId: last.id,
      decidedBy: reviewingBody(last),
      tally: lastApprovedTally(proposal.stages),
      approvedAt: now,
    },
  });
  return events;
};

/** The open stage has just cleared through `clearing`: record it, then move on to the next stage. */
export const clearAndAdvance = (
  proposal: Proposal,
  stage: StageState,
  clearing: ProposalEvent[],
  now: string,
  context: DecideContext,
): ProposalEvent[] => [
  ...clearing,
  ...advance(applied(proposal, clearing), stageIndex(proposal, stage.id) + 1, now, context),
];
