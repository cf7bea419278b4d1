import type { Actor } from '../../shared/domain/actor';
import type { Message } from '../../shared/domain/decider';
import type { RulePack } from '../workflows/rule-pack';
import type { WorkflowDefinition } from '../workflows/workflow-definition';
import type {
  ActorRef,
  Attachment,
  Figures,
  Opinion,
  ProposalType,
  ResultingUnit,
  UnitFacts,
  VoteChoice,
  VoterConsultationResult,
} from './proposal.types';

/** Time, ids and the actor come in from outside: the decider never reads a clock. */
export interface CommandMetadata {
  actor: Actor;
  /** ISO-8601 instant. */
  now: string;
}

export type ProposalCommandOf<Type extends string, Data> = Message<Type, Data> & {
  metadata: CommandMetadata;
};

/** What a lead agency writes and may later edit. */
export interface DraftingFields {
  title: string;
  summary: string;
  coordinatingAgencies: string[];
  figures: Figures;
  /** Required on the exception path (an increase of focal points or staffing). */
  justification?: string | null;
  /** Unit mergers only: the units joined. */
  units?: UnitFacts[];
  /** Unit mergers only: the unit created, measured against its own type's standard. */
  resultingUnit?: ResultingUnit | null;
  /** The program task this proposal answers, if any. */
  taskId?: string | null;
}

export type CreateDraft = ProposalCommandOf<
  'CreateDraft',
  DraftingFields & { proposalId: string; proposalType: ProposalType; leadAgency: string }
>;
/** Only the fields present change; `null` clears an optional one. */
export type EditDraft = ProposalCommandOf<'EditDraft', Partial<DraftingFields>>;
export type AttachDocument = ProposalCommandOf<'AttachDocument', { attachment: Attachment }>;
/** The application layer looks up the definitions in force; the proposal pins them. */
export type SubmitProposal = ProposalCommandOf<
  'SubmitProposal',
  { workflow: WorkflowDefinition; rulePack: RulePack }
>;
export type ApproveStage = ProposalCommandOf<'ApproveStage', { comment?: string | null }>;
/** Without `toStage` the proposal goes back to the lead agency; with it, that earlier stage reopens. */
export type RequestRevision = ProposalCommandOf<
  'RequestRevision',
  { reason: string; toStage?: string | null }
>;
export type ResubmitProposal = ProposalCommandOf<'ResubmitProposal', Record<string, never>>;
export type GiveOpinion = ProposalCommandOf<
  'GiveOpinion',
  { body: string; opinion: Opinion; comment?: string | null }
>;
export type CloseConsultation = ProposalCommandOf<'CloseConsultation', Record<string, never>>;
export type RecordVoterConsultation = ProposalCommandOf<
  'RecordVoterConsultation',
  { results: VoterConsultationResult[] }
>;
export type OpenVote = ProposalCommandOf<'OpenVote', Record<string, never>>;
export type CastVote = ProposalCommandOf<'CastVote', { choice: VoteChoice }>;
export type CloseVote = ProposalCommandOf<'CloseVote', Record<string, never>>;
export type RejectProposal = ProposalCommandOf<'RejectProposal', { reason: string }>;
export type WithdrawProposal = ProposalCommandOf<'WithdrawProposal', { reason: string }>;
/**
 * A holder (reviewer of the body) lets someone act for that body on one stage within [validFrom, validUntil).
 * `body` may be left out when the holder holds exactly one of the stage's bodies.
 */
export type DelegateStage = ProposalCommandOf<
  'DelegateStage',
  { stageId: string; body?: string | null; delegate: ActorRef; validFrom: string; validUntil: string }
>;
export type RecordImplementation = ProposalCommandOf<
  'RecordImplementation',
  { decisionNumber: string; decisionDate: string; actualFigures: Figures }
>;

export type ProposalCommand =
  | CreateDraft
  | EditDraft
  | AttachDocument
  | SubmitProposal
  | ApproveStage
  | RequestRevision
  | ResubmitProposal
  | GiveOpinion
  | CloseConsultation
  | RecordVoterConsultation
  | OpenVote
  | CastVote
  | CloseVote
  | RejectProposal
  | WithdrawProposal
  | DelegateStage
  | RecordImplementation;

export type ProposalCommandType = ProposalCommand['type'];
