import type { RulePackRules } from '../workflows/rule-pack';
import type { DraftContent, ReturnTarget } from './proposal.events';
import type { PinnedStage } from './pinned-stage';
import type {
  ActingFor,
  ActorRef,
  Attachment,
  DraftField,
  Figures,
  Opinion,
  VoteChoice,
  VoterConsultationResult,
  VoteTally,
} from './proposal.types';
import type { MergerEvaluation } from './rules/merger-evaluation';

export type StageStatus = 'pending' | 'open' | 'cleared' | 'skipped';

export interface OpinionRecord {
  body: string;
  opinion: Opinion;
  comment: string | null;
  givenBy: ActorRef;
  actingFor: ActingFor | null;
  givenAt: string;
}

export interface Ballot {
  voter: ActorRef;
  choice: VoteChoice;
  castAt: string;
}

export interface VoteRound {
  round: number;
  openedBy: ActorRef;
  openedAt: string;
  ballots: Ballot[];
  closedAt: string | null;
  tally: VoteTally | null;
  approved: boolean | null;
}

export interface StageProgress {
  status: StageStatus;
  /** Who must act while it is open (the consulted bodies for a consultation), resolved when it opens. */
  bodies: string[];
  openedAt: string | null;
  dueOn: string | null;
  /** Set while a clearance still holds for the current content; a rerun or return wipes it. */
  clearedAt: string | null;
  /** Opinions of the current run of a consultation. */
  opinions: OpinionRecord[];
  /** Every vote round at a committee stage, the open one last. */
  votes: VoteRound[];
  voterConsultation: {
    results: (VoterConsultationResult & { share: number; passed: boolean })[];
    passed: boolean;
  } | null;
}

export type StageState = PinnedStage & StageProgress;

export interface AttachmentRecord extends Attachment {
  stageId: string | null;
  attachedBy: ActorRef;
  attachedAt: string;
}

export interface Delegation {
  stageId: string;
  body: string;
  holder: ActorRef;
  delegate: ActorRef;
  validFrom: string;
  validUntil: string;
  delegatedAt: string;
}

export interface RevisionRecord {
  stageId: string;
  body: string;
  reason: string;
  returnTo: ReturnTarget;
  requestedBy: ActorRef;
  actingFor: ActingFor | null;
  requestedAt: string;
  /** Filled when the lead agency resubmits. */
  resubmittedAt: string | null;
  changedFields: DraftField[];
}

/** Everything a proposal carries in every status after it was drafted. */
export interface ProposalRecord extends DraftContent {
  proposalId: string;
  evaluation: MergerEvaluation | null;
  draftedBy: ActorRef;
  draftedAt: string;
  attachments: AttachmentRecord[];
  workflow: { id: string; version: number } | null;
  rulePack: { id: string; version: number } | null;
  rules: RulePackRules | null;
  submittedBy: ActorRef | null;
  submittedAt: string | null;
  stages: StageState[];
  currentStageId: string | null;
  delegations: Delegation[];
  revisions: RevisionRecord[];
  /** What the lead agency changed since the last return to it; resubmission compares it with `covers`. */
  changedFieldsSinceReturn: DraftField[];
}

export interface Approval {
  stageId: string;
  decidedBy: string;
  tally: VoteTally | null;
  approvedAt: string;
}

export interface Implementation {
  decisionNumber: string;
  decisionDate: string;
  plannedFigures: Figures;
  actualFigures: Figures;
  recordedBy: ActorRef;
  recordedAt: string;
}

export interface Rejection {
  stageId: string;
  body: string;
  reason: string;
  rejectedBy: ActorRef;
  actingFor: ActingFor | null;
  rejectedAt: string;
}

export interface NotApprovedOutcome {
  stageId: string;
  reason: 'vote-majority-not-reached' | 'voter-consultation-failed';
  tally: VoteTally | null;
  failingUnits: string[];
  decidedAt: string;
}

export interface Withdrawal {
  reason: string;
  withdrawnBy: ActorRef;
  withdrawnAt: string;
}

export interface EmptyProposal {
  status: 'Empty';
}

export type Proposal =
  | (ProposalRecord & { status: 'Draft' })
  | (ProposalRecord & { status: 'InReview' })
  | (ProposalRecord & { status: 'RevisionRequested' })
  | (ProposalRecord & { status: 'Approved'; approval: Approval })
  | (ProposalRecord & { status: 'Implemented'; approval: Approval; implementation: Implementation })
  | (ProposalRecord & { status: 'Rejected'; rejection: Rejection })
  | (ProposalRecord & { status: 'NotApproved'; outcome: NotApprovedOutcome })
  | (ProposalRecord & { status: 'Withdrawn'; withdrawal: Withdrawal });

export type ProposalState = EmptyProposal | Proposal;
export type ProposalStatus = ProposalState['status'];

export const TERMINAL_STATUSES: readonly ProposalStatus[] = [
  'Implemented',
  'Rejected',
  'NotApproved',
  'Withdrawn',
];

export const isTerminal = (state: ProposalState): boolean => TERMINAL_STATUSES.includes(state.status);

export const initialState = (): ProposalState => ({ status: 'Empty' });

export const currentStage = (proposal: ProposalRecord): StageState | undefined =>
  proposal.stages.find((stage) => stage.id === proposal.currentStageId);

export const openVoteRound = (stage: StageState): VoteRound | undefined => {
  const last = stage.votes[stage.votes.length - 1];
  return last && last.closedAt === null ? last : undefined;
};
