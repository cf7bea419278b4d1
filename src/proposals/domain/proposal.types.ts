/** Value types shared by commands, events and state. */

export const PROPOSAL_TYPES = [
  'commune-merger',
  'district-merger',
  'hamlet-merger',
  'agency-merger',
  'internal-restructuring',
  'merged-office',
  'concurrent-post',
  'staffing-reduction',
  'focal-point-increase',
] as const;
export type ProposalType = (typeof PROPOSAL_TYPES)[number];

export const isProposalType = (value: unknown): value is ProposalType =>
  typeof value === 'string' && (PROPOSAL_TYPES as readonly string[]).includes(value);

export const UNIT_LEVELS = ['district', 'commune', 'hamlet'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** The level of administrative unit each merger type joins; other types name no units. */
export const MERGER_LEVEL: Partial<Record<ProposalType, UnitLevel>> = {
  'district-merger': 'district',
  'commune-merger': 'commune',
  'hamlet-merger': 'hamlet',
};

export const isUnitMerger = (type: ProposalType): boolean => MERGER_LEVEL[type] !== undefined;

export interface BeforeAfter {
  before: number;
  after: number;
}

/** Đầu mối, biên chế, cấp phó: before the proposal and after it takes effect. */
export interface Figures {
  focalPoints: BeforeAfter;
  staffing: BeforeAfter;
  deputies: BeforeAfter;
}

/** Resolution 1211/2016/UBTVQH13 minimums for a unit of this type. */
export interface UnitStandard {
  minPopulation: number;
  minAreaKm2: number;
}

/** An administrative unit as the org registry knows it; null figures are unknown, not zero. */
export interface UnitFacts {
  code: string;
  name: string;
  level: UnitLevel;
  /** xã, phường, thị trấn, ấp, khu phố, huyện, thị xã, thành phố … */
  unitType: string;
  population: number | null;
  areaKm2: number | null;
  standard: UnitStandard | null;
}

/** The unit a merger creates: measured against the standard of its own type. */
export interface ResultingUnit {
  name: string;
  unitType: string;
  standard: UnitStandard | null;
}

export const ATTACHMENT_KINDS = ['proposal', 'submission', 'minutes', 'other'] as const;
/** proposal = đề án, submission = tờ trình, minutes = biên bản. */
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export interface Attachment {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  kind: AttachmentKind;
}

/** Who did something, as written into events (the full actor sits in the event metadata). */
export interface ActorRef {
  id: string;
  name: string;
}

/** Set when someone acts under a delegation: the body and the holder they stand in for. */
export interface ActingFor {
  body: string;
  holder: ActorRef;
}

/** The parts of a draft a lead agency may change; resubmission compares them with stage `covers`. */
export const DRAFT_FIELDS = [
  'title',
  'summary',
  'coordinatingAgencies',
  'figures',
  'justification',
  'units',
  'resultingUnit',
  'taskId',
  'attachments',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

export const ASPECTS = ['text', 'figures', 'units', 'documents', 'agencies'] as const;
/** What a review stage looked at; a stage reruns after revision only if its aspects changed. */
export type Aspect = (typeof ASPECTS)[number];

export const ASPECT_OF_FIELD: Record<DraftField, Aspect> = {
  title: 'text',
  summary: 'text',
  justification: 'text',
  taskId: 'text',
  figures: 'figures',
  units: 'units',
  resultingUnit: 'units',
  coordinatingAgencies: 'agencies',
  attachments: 'documents',
};

export type Opinion = 'agree' | 'agree-with-comments' | 'disagree';
export type VoteChoice = 'for' | 'against' | 'abstain';

export interface VoteTally {
  memberCount: number;
  for: number;
  against: number;
  abstain: number;
  absent: number;
}

export interface VoterConsultationResult {
  unitCode: string;
  eligibleVoters: number;
  agreed: number;
}
