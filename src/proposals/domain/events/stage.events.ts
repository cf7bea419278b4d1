import type { Message } from '../../../shared/domain/decider';
import type { CommitteeMajority } from '../../workflows/rule-pack';
import type { StageKind } from '../../workflows/workflow-definition';
import type {
  ActingFor,
  ActorRef,
  Opinion,
  VoteChoice,
  VoterConsultationResult,
  VoteTally,
} from '../proposal.types';

/** Facts about review stages: opening, skipping, answers, votes, returns and delegations. */

export type ReturnTarget = { to: 'lead-agency'; agency: string } | { to: 'stage'; stageId: string };

/** Schema v1: what StageOpened stored before it recorded its SLA. */
export interface StageOpenedV1Data {
  proposalId: string;
  stageId: string;
  kind: StageKind;
  bodies: string[];
  openedAt: string;
  dueOn: string;
}
/**
 * Schema v2 records the SLA the due date was counted from, so the history reads "N working days" on its
 * own. Null on v1 events: the SLA was not recorded then, and counting it back from today's holiday
 * calendar could tell another story than the one the reviewers were given.
 */
export type StageOpened = Message<'StageOpened', StageOpenedV1Data & { slaWorkingDays: number | null }>;

export const upcastStageOpenedV1 = (data: StageOpenedV1Data): StageOpened['data'] => ({
  ...data,
  slaWorkingDays: null,
});
export type StageSkipped = Message<
  'StageSkipped',
  { proposalId: string; stageId: string; reason: 'already-cleared' | 'no-bodies'; skippedAt: string }
>;
export type StageApproved = Message<
  'StageApproved',
  {
    proposalId: string;
    stageId: string;
    body: string;
    comment: string | null;
    approvedBy: ActorRef;
    actingFor: ActingFor | null;
    approvedAt: string;
  }
>;
export type OpinionGiven = Message<
  'OpinionGiven',
  {
    proposalId: string;
    stageId: string;
    body: string;
    opinion: Opinion;
    comment: string | null;
    givenBy: ActorRef;
    actingFor: ActingFor | null;
    givenAt: string;
  }
>;
export type ConsultationCompleted = Message<
  'ConsultationCompleted',
  { proposalId: string; stageId: string; completedAt: string }
>;
export type ConsultationClosed = Message<
  'ConsultationClosed',
  {
    proposalId: string;
    stageId: string;
    unansweredBodies: string[];
    closedBy: ActorRef;
    actingFor: ActingFor | null;
    closedAt: string;
  }
>;
export type VoterConsultationRecorded = Message<
  'VoterConsultationRecorded',
  {
    proposalId: string;
    stageId: string;
    results: (VoterConsultationResult & { share: number; passed: boolean })[];
    passAboveShare: number;
    passed: boolean;
    recordedBy: ActorRef;
    actingFor: ActingFor | null;
    recordedAt: string;
  }
>;
export type VoteOpened = Message<
  'VoteOpened',
  {
    proposalId: string;
    stageId: string;
    body: string;
    round: number;
    memberCount: number;
    openedBy: ActorRef;
    openedAt: string;
  }
>;
export type VoteCast = Message<
  'VoteCast',
  { proposalId: string; stageId: string; round: number; voter: ActorRef; choice: VoteChoice; castAt: string }
>;
export type VoteClosed = Message<
  'VoteClosed',
  {
    proposalId: string;
    stageId: string;
    round: number;
    tally: VoteTally;
    majority: CommitteeMajority;
    approved: boolean;
    closedBy: ActorRef;
    closedAt: string;
  }
>;
export type RevisionRequested = Message<
  'RevisionRequested',
  {
    proposalId: string;
    stageId: string;
    body: string;
    reason: string;
    returnTo: ReturnTarget;
    requestedBy: ActorRef;
    actingFor: ActingFor | null;
    requestedAt: string;
  }
>;

export type StageDelegated = Message<
  'StageDelegated',
  {
    proposalId: string;
    stageId: string;
    body: string;
    holder: ActorRef;
    delegate: ActorRef;
    validFrom: string;
    validUntil: string;
    delegatedAt: string;
  }
>;
