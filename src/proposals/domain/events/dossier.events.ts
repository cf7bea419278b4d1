import type { Message } from '../../../shared/domain/decider';
import type { RulePackRules } from '../../workflows/rule-pack';
import type { PinnedStage } from '../pinned-stage';
import type {
  ActorRef,
  Aspect,
  Attachment,
  ActingFor,
  DraftField,
  Figures,
  ProposalType,
  ResultingUnit,
  UnitFacts,
} from '../proposal.types';
import type { MergerEvaluation } from '../rules/merger-evaluation';

/** Facts about the dossier and its lead agency: drafting, submission, withdrawal, implementation. */

export interface DraftContent {
  proposalType: ProposalType;
  title: string;
  summary: string;
  leadAgency: string;
  coordinatingAgencies: string[];
  figures: Figures;
  justification: string | null;
  units: UnitFacts[];
  resultingUnit: ResultingUnit | null;
  taskId: string | null;
}

export type DraftChanges = Partial<
  Pick<
    DraftContent,
    | 'title'
    | 'summary'
    | 'coordinatingAgencies'
    | 'figures'
    | 'justification'
    | 'units'
    | 'resultingUnit'
    | 'taskId'
  >
>;

export type ProposalDrafted = Message<
  'ProposalDrafted',
  DraftContent & {
    proposalId: string;
    evaluation: MergerEvaluation | null;
    draftedBy: ActorRef;
    draftedAt: string;
  }
>;
/** `evaluation` is present when the units changed. */
export type DraftEdited = Message<
  'DraftEdited',
  {
    proposalId: string;
    changes: DraftChanges;
    changedFields: DraftField[];
    evaluation?: MergerEvaluation | null;
    editedBy: ActorRef;
    editedAt: string;
  }
>;
export type DocumentAttached = Message<
  'DocumentAttached',
  {
    proposalId: string;
    attachment: Attachment;
    /** The stage a reviewing body attached it at (minutes), null for the lead agency's dossier. */
    stageId: string | null;
    attachedBy: ActorRef;
    actingFor: ActingFor | null;
    attachedAt: string;
  }
>;
export type ProposalSubmitted = Message<
  'ProposalSubmitted',
  {
    proposalId: string;
    workflow: { id: string; version: number };
    rulePack: { id: string; version: number };
    rules: RulePackRules;
    stages: PinnedStage[];
    evaluation: MergerEvaluation | null;
    submittedBy: ActorRef;
    submittedAt: string;
  }
>;

export type ProposalResubmitted = Message<
  'ProposalResubmitted',
  {
    proposalId: string;
    changedFields: DraftField[];
    touchedAspects: Aspect[];
    /** Cleared stages whose `covers` the changes touch: they run again. */
    stagesToRerun: string[];
    resubmittedBy: ActorRef;
    resubmittedAt: string;
  }
>;

export type ProposalWithdrawn = Message<
  'ProposalWithdrawn',
  { proposalId: string; reason: string; withdrawnBy: ActorRef; withdrawnAt: string }
>;
export type ImplementationRecorded = Message<
  'ImplementationRecorded',
  {
    proposalId: string;
    decisionNumber: string;
    decisionDate: string;
    plannedFigures: Figures;
    actualFigures: Figures;
    recordedBy: ActorRef;
    recordedAt: string;
  }
>;
