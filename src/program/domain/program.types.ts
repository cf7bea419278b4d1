import type { ProposalType } from '../../proposals/domain/proposal.types';

/** The action program as data: goals (section II.2), tasks (section III.2) and measurable targets. */

export type Quarter = 1 | 2 | 3 | 4;

/**
 * A deadline as the seed states it. `on-central-guidance` ("khi có hướng dẫn/quy định của Trung ương")
 * has no date until an admin records the guidance; `within-year` may go on afterwards ("… và thực hiện
 * thường xuyên").
 */
export type Deadline =
  | { kind: 'within-year'; year: number; thenContinuous: boolean }
  | { kind: 'within-quarter'; year: number; quarter: Quarter }
  | { kind: 'from-year'; year: number }
  | { kind: 'recurring'; cadence: 'continuous' | 'annual' }
  | { kind: 'on-central-guidance'; awaiting: 'guidance' | 'regulation' };

/** An agency as the seed names it, mapped to the registry where the registry has it. */
export interface AgencyRef {
  /** The seed's words (NFC). */
  seedName: string;
  /** The registry's agency code; null when the registry holds no agency of that name. */
  code: string | null;
  /** For a group the seed names as one ("các đoàn thể chính trị-xã hội tỉnh"): its members' codes. */
  members?: readonly string[];
  /** Why the mapping is not a plain name match. */
  note?: string;
}

export const PROGRAM_SECTIONS = ['2.1', '2.2', '2.3'] as const;
/** III.2.1 Party system, III.2.2 government, III.2.3 Front and mass organisations. */
export type ProgramSection = (typeof PROGRAM_SECTIONS)[number];

export interface ProgramTask {
  /** 'NV-<section>-<nn>', nn the item's place in its section. */
  id: string;
  section: ProgramSection;
  /** The seed's wording, without the bracketed assignment. */
  text: string;
  /** The bracketed "(*…*)" assignment, verbatim: who leads, with whom, and when. */
  assignment: string;
  leads: readonly AgencyRef[];
  coordinating: readonly AgencyRef[];
  /** "… và các cơ quan liên quan": further agencies the seed does not name. */
  withOthersConcerned: boolean;
  deadline: Deadline;
}

/** How a target is measured from the registry and the implemented proposals. */
export type TargetMeasure =
  | { kind: 'required-commune-mergers'; belowShare: number }
  | { kind: 'hamlets-reduced' }
  | { kind: 'staffing-cut'; minimumPercent: number; baselineYear: number }
  | { kind: 'pilot-districts'; of: number; atLeast: number | null }
  | { kind: 'pilot-communes'; of: number; atLeast: number }
  | { kind: 'council-one-vice-chair'; level: 'province' | 'district' };

export interface ProgramTarget {
  /** 'MT-…'; a proposal links to it by naming it as its taskId. */
  id: string;
  /** The II.2 goal it makes measurable. */
  goalId: string;
  /** A one-line statement in Vietnamese. */
  text: string;
  /** The seed's passage that sets it, verbatim. */
  quote: string;
  /** The tasks of III.2 that deliver it. */
  taskIds: readonly string[];
  /** Proposal types linked to it without an explicit link (only when no other target claims the type). */
  derivedFrom: readonly ProposalType[];
  measure: TargetMeasure;
  deadline: Deadline;
  /** The seed's words for the deadline ("Đến năm 2021"). */
  deadlineText: string;
}

export interface ProgramGoal {
  /** 'MT-2021-<n>' or 'MT-2030-<n>'. */
  id: string;
  period: '2018-2021' | '2021-2030';
  /** The "(n)" number in the seed. */
  number: number;
  text: string;
}

export interface ActionProgram {
  title: string;
  /** The date progress is measured from ("on track" compares elapsed working days since then). */
  startsOn: string;
  goals: readonly ProgramGoal[];
  tasks: readonly ProgramTask[];
  targets: readonly ProgramTarget[];
}
