import { hasRole, type Actor, type Role } from '../../shared/domain/actor';
import { assertNever } from '../../shared/domain/decider';
import type { CommitteeMajority } from '../workflows/rule-pack';
import { NotCommitteeMember, NotCommitteeSecretary } from './errors/access.errors';
import {
  ActionNotForStage,
  AlreadyVoted,
  BallotsExceedMembers,
  VoteAlreadyOpen,
  VoteNotOpen,
} from './errors/state.errors';
import { InvalidChoice } from './errors/validation.errors';
import { actorRef, requireMayAct, requireOpenStage, requireProposal, requireStatus } from './guards';
import type { CastVote, CloseVote, OpenVote } from './proposal.commands';
import type { ProposalEvent, VoteClosed } from './proposal.events';
import {
  openVoteRound,
  type Proposal,
  type ProposalState,
  type StageState,
  type VoteRound,
} from './proposal.state';
import type { VoteChoice, VoteTally } from './proposal.types';
import { clearAndAdvance, type DecideContext } from './stage-flow';

type VoteStage = Extract<StageState, { kind: 'committee-vote' }>;

const CHOICES: readonly VoteChoice[] = ['for', 'against', 'abstain'];

const voteStage = (proposal: Proposal, action: string): VoteStage => {
  const stage = requireOpenStage(proposal);
  if (stage.kind !== 'committee-vote') throw new ActionNotForStage(action, stage.id, stage.kind);
  return stage;
};

// Votes are personal: a delegation never carries them.
const requireCommitteeRole = (actor: Actor, stage: VoteStage, role: Role): void => {
  if (hasRole(actor, role) && actor.bodies.includes(stage.body)) return;
  throw role === 'committee-member'
    ? new NotCommitteeMember(stage.body)
    : new NotCommitteeSecretary(stage.body);
};

const requireOpenRound = (stage: VoteStage): VoteRound => {
  const round = openVoteRound(stage);
  if (!round) throw new VoteNotOpen(stage.id);
  return round;
};

const inReviewAt = (state: ProposalState, actor: Actor): Proposal => {
  requireMayAct(actor);
  const proposal = requireProposal(state);
  requireStatus(proposal, 'InReview');
  return proposal;
};

export const openVote = ({ metadata }: OpenVote, state: ProposalState): ProposalEvent[] => {
  const { actor, now } = metadata;
  const proposal = inReviewAt(state, actor);
  const stage = voteStage(proposal, 'open-vote');
  requireCommitteeRole(actor, stage, 'committee-secretary');
  const open = openVoteRound(stage);
  if (open) throw new VoteAlreadyOpen(stage.id, open.round);
  return [
    {
      type: 'VoteOpened',
      data: {
        proposalId: proposal.proposalId,
        stageId: stage.id,
        body: stage.body,
        round: stage.votes.length + 1,
        memberCount: stage.memberCount,
        openedBy: actorRef(actor),
        openedAt: now,
      },
    },
  ];
};

export const castVote = ({ data, metadata }: CastVote, state: ProposalState): ProposalEvent[] => {
  const { actor, now } = metadata;
  const proposal = inReviewAt(state, actor);
  const stage = voteStage(proposal, 'cast-vote');
  requireCommitteeRole(actor, stage, 'committee-member');
  const round = requireOpenRound(stage);
  if (!CHOICES.includes(data.choice)) throw new InvalidChoice('choice', data.choice, CHOICES);
  if (round.ballots.some((ballot) => ballot.voter.id === actor.id))
    throw new AlreadyVoted(actor.id, round.round);
  if (round.ballots.length >= stage.memberCount) throw new BallotsExceedMembers(stage.memberCount);
  return [
    {
      type: 'VoteCast',
      data: {
        proposalId: proposal.proposalId,
        stageId: stage.id,
        round: round.round,
        voter: actorRef(actor),
        choice: data.choice,
        castAt: now,
      },
    },
  ];
};

export const tallyOf = (round: VoteRound, memberCount: number): VoteTally => {
  const count = (choice: VoteChoice) => round.ballots.filter((ballot) => ballot.choice === choice).length;
  return {
    memberCount,
    for: count('for'),
    against: count('against'),
    abstain: count('abstain'),
    absent: memberCount - round.ballots.length,
  };
};

/** Majority of ALL members, not of those present: absentees count against. */
export const isCarried = (tally: VoteTally, majority: CommitteeMajority): boolean => {
  switch (majority) {
    case 'more-than-half-of-all-members':
      return tally.for * 2 > tally.memberCount;
    default:
      return assertNever(majority);
  }
};

export const closeVote = (
  { metadata }: CloseVote,
  state: ProposalState,
  context: DecideContext,
): ProposalEvent[] => {
  const { actor, now } = metadata;
  const proposal = inReviewAt(state, actor);
  const stage = voteStage(proposal, 'close-vote');
  requireCommitteeRole(actor, stage, 'committee-secretary');
  const round = requireOpenRound(stage);
  const tally = tallyOf(round, stage.memberCount);
  const approved = isCarried(tally, stage.majority);
  const closed: VoteClosed = {
    type: 'VoteClosed',
    data: {
      proposalId: proposal.proposalId,
      stageId: stage.id,
      round: round.round,
      tally,
      majority: stage.majority,
      approved,
      closedBy: actorRef(actor),
      closedAt: now,
    },
  };
  if (approved) return clearAndAdvance(proposal, stage, [closed], now, context);
  return [
    closed,
    {
      type: 'ProposalNotApproved',
      data: {
        proposalId: proposal.proposalId,
        stageId: stage.id,
        reason: 'vote-majority-not-reached',
        tally,
        failingUnits: [],
        decidedAt: now,
      },
    },
  ];
};
