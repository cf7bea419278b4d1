import type { BeforeAfter, ProposalType } from '../../proposals/domain/proposal.types';
import type { WorkingCalendar } from '../../shared/domain/working-calendar';
import type { GuidanceRecord, ResolvedDeadline } from './deadline';
import type { EligibilityReport } from './eligibility';
import type { ActionProgram, AgencyRef, ProgramSection } from './program.types';

// ---- what progress is computed from -------------------------------------------------------------

export type ProposalStatusName =
  | 'Draft'
  | 'InReview'
  | 'RevisionRequested'
  | 'Approved'
  | 'Implemented'
  | 'Rejected'
  | 'NotApproved'
  | 'Withdrawn';

/** What the progress report needs to know of one proposal (read from the proposals' read model). */
export interface ProposalFact {
  proposalId: string;
  title: string;
  proposalType: ProposalType;
  status: ProposalStatusName;
  leadAgency: string;
  /** The proposal's taskId: a task or target id of the program, optionally `_<unit code>`. */
  link: string | null;
  unitCodes: string[];
  approvedAt: string | null;
  /** The figures the proposal plans (before → after). */
  planned: { staffing: BeforeAfter; deputies: BeforeAfter };
  /** The recorded decision and the actual figures; null until implementation is recorded. */
  implementation: {
    decisionNumber: string;
    decisionDate: string;
    staffing: BeforeAfter;
    deputies: BeforeAfter;
  } | null;
}

export interface AgencyFacts {
  code: string;
  name: string;
  districtCode: string | null;
  staffingBaseline2015: number | null;
}

/** A district, commune or hamlet and the district it lies in (a district's own code for a district). */
export interface PlaceFacts {
  code: string;
  name: string;
  level: 'district' | 'commune' | 'hamlet';
  districtCode: string | null;
}

export interface ProgressFacts {
  program: ActionProgram;
  /** Today's calendar date in Vietnam. */
  today: string;
  calendar: WorkingCalendar;
  places: readonly PlaceFacts[];
  agencies: readonly AgencyFacts[];
  eligibility: EligibilityReport;
  proposals: readonly ProposalFact[];
  guidance: readonly GuidanceRecord[];
}

// ---- the report ---------------------------------------------------------------------------------

export interface ProposalRef {
  proposalId: string;
  title: string;
  leadAgency: string;
  status: ProposalStatusName;
  decisionNumber: string | null;
  decisionDate: string | null;
}

export type TargetStatus = 'met' | 'on-track' | 'behind' | 'overdue' | 'no-target' | 'no-baseline';

/** Why an implemented proposal that may serve a target is not counted for it. */
export type UnattributedReason =
  'ambiguous-type' | 'no-district' | 'no-commune' | 'unknown-unit' | 'no-staffing-baseline';

export interface TargetFigures {
  targetId: string;
  baseline: number | null;
  target: number | null;
  /** Counted only from proposals whose implementation is recorded. */
  achieved: number;
  /** achieved / target in percent, rounded down to 0.1. */
  percentOfTarget: number | null;
  status: TargetStatus;
  /** False when the baseline rests on figures nobody has entered yet (see notes). */
  complete: boolean;
  /** The districts or communes counted (pilots, councils, merged communes). */
  counted: string[];
  /** The implemented proposals behind `achieved`. */
  proposals: ProposalRef[];
  /** Approved proposals that will count once their implementation is recorded. */
  awaitingImplementation: ProposalRef[];
  unattributed: { proposal: ProposalRef; reason: UnattributedReason }[];
  notes: string[];
  /** Staffing only: the cut as a percentage of the 2015 baseline, rounded down to 0.01. */
  cutPercent?: number | null;
}

export interface TargetProgress extends TargetFigures {
  text: string;
  goalId: string;
  unit: 'communes' | 'hamlets' | 'people' | 'districts' | 'councils';
  deadline: ResolvedDeadline;
}

export type TaskStatus = 'not-started' | 'in-progress' | 'done' | 'ongoing' | 'awaiting-guidance';

export interface TaskProgress {
  taskId: string;
  section: ProgramSection;
  text: string;
  leads: readonly AgencyRef[];
  deadline: ResolvedDeadline;
  status: TaskStatus;
  overdue: boolean;
  /** The day the Standing Committee approved the first proposal serving it. */
  completedOn: string | null;
  completedLate: boolean;
  proposals: ProposalRef[];
}

export interface DistrictProgress {
  districtCode: string;
  name: string;
  targets: TargetFigures[];
}

export interface ProgressReport {
  asOf: string;
  program: { title: string; startsOn: string };
  targets: TargetProgress[];
  tasks: TaskProgress[];
  districts: DistrictProgress[];
}
