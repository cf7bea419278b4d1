import type {
  DocumentAttached,
  DraftEdited,
  ImplementationRecorded,
  ProposalDrafted,
  ProposalResubmitted,
  ProposalSubmitted,
  ProposalWithdrawn,
} from './events/dossier.events';
import type { ProposalApproved, ProposalNotApproved, ProposalRejected } from './events/outcome.events';
import type {
  ConsultationClosed,
  ConsultationCompleted,
  OpinionGiven,
  RevisionRequested,
  StageApproved,
  StageDelegated,
  StageOpened,
  StageSkipped,
  VoteCast,
  VoteClosed,
  VoteOpened,
  VoterConsultationRecorded,
} from './events/stage.events';
import { upcastStageOpenedV1 } from './events/stage.events';

export * from './events/dossier.events';
export * from './events/stage.events';
export * from './events/outcome.events';

export type ProposalEvent =
  | ProposalDrafted
  | DraftEdited
  | DocumentAttached
  | ProposalSubmitted
  | StageOpened
  | StageSkipped
  | StageApproved
  | OpinionGiven
  | ConsultationCompleted
  | ConsultationClosed
  | VoterConsultationRecorded
  | VoteOpened
  | VoteCast
  | VoteClosed
  | RevisionRequested
  | ProposalResubmitted
  | StageDelegated
  | ProposalApproved
  | ProposalNotApproved
  | ProposalRejected
  | ProposalWithdrawn
  | ImplementationRecorded;

export type ProposalEventType = ProposalEvent['type'];

/** Schema version stored with each event type; bump it (and add an upcaster) when a shape changes. */
export const PROPOSAL_EVENT_SCHEMA_VERSIONS: Record<ProposalEventType, number> = {
  ProposalDrafted: 1,
  DraftEdited: 1,
  DocumentAttached: 1,
  ProposalSubmitted: 1,
  StageOpened: 2,
  StageSkipped: 1,
  StageApproved: 1,
  OpinionGiven: 1,
  ConsultationCompleted: 1,
  ConsultationClosed: 1,
  VoterConsultationRecorded: 1,
  VoteOpened: 1,
  VoteCast: 1,
  VoteClosed: 1,
  RevisionRequested: 1,
  ProposalResubmitted: 1,
  StageDelegated: 1,
  ProposalApproved: 1,
  ProposalNotApproved: 1,
  ProposalRejected: 1,
  ProposalWithdrawn: 1,
  ImplementationRecorded: 1,
};

export const PROPOSAL_EVENT_TYPES = Object.keys(PROPOSAL_EVENT_SCHEMA_VERSIONS) as ProposalEventType[];

/** Each superseded schema version's step to the next; the event store applies them on every read. */
export const PROPOSAL_EVENT_UPCASTERS = [
  { type: 'StageOpened', fromVersion: 1, upcast: upcastStageOpenedV1 },
] as const satisfies readonly {
  type: ProposalEventType;
  fromVersion: number;
  upcast: (data: never) => unknown;
}[];
