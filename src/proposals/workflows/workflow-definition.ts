import type { LocalisedText } from '../../shared/domain/domain-error';
import type { Aspect, ProposalType } from '../domain/proposal.types';

/** Provincial bodies named by the 2018 program. */
export const BODIES = {
  /** Ban Thường vụ Tỉnh ủy: decides. */
  standingCommittee: 'BTVTU',
  /** Ban Tổ chức Tỉnh ủy: presides over appraisal and consultation. */
  organizationBoard: 'BTCTU',
} as const;

export type StageKind = 'appraisal' | 'consultation' | 'committee-vote' | 'tally';

interface StageDefinitionBase {
  /** Stable within a workflow; a return "to a named earlier stage" names it. */
  id: string;
  title: LocalisedText;
  slaWorkingDays: number;
  /** What the stage examined: after a revision it reruns only if one of these changed. */
  covers: Aspect[];
}

/** One body examines and approves, returns or rejects. */
export interface AppraisalStageDefinition extends StageDefinitionBase {
  kind: 'appraisal';
  body: string;
}

/** Several bodies answer in parallel; the presiding body may close it once the due date passed. */
export interface ConsultationStageDefinition extends StageDefinitionBase {
  kind: 'consultation';
  presidingBody: string;
  bodies: string[];
  /** The proposal's coordinating agencies are consulted as well. */
  includeCoordinatingAgencies: boolean;
}

/** A committee votes; the majority rule comes from the rule pack, the member count is pinned here. */
export interface CommitteeVoteStageDefinition extends StageDefinitionBase {
  kind: 'committee-vote';
  body: string;
  memberCount: number;
}

/** Voter consultation (lấy ý kiến cử tri) in every unit of a merger, recorded by the body. */
export interface TallyStageDefinition extends StageDefinitionBase {
  kind: 'tally';
  body: string;
}

export type StageDefinition =
  | AppraisalStageDefinition
  | ConsultationStageDefinition
  | CommitteeVoteStageDefinition
  | TallyStageDefinition;

/** Versioned data: a proposal pins the id and version it was submitted under. */
export interface WorkflowDefinition {
  id: string;
  version: number;
  proposalType: ProposalType;
  title: LocalisedText;
  /** Inclusive calendar dates; null = open-ended. */
  effectiveFrom: string;
  effectiveUntil: string | null;
  stages: StageDefinition[];
}

export const isInForce = (
  period: { effectiveFrom: string; effectiveUntil: string | null },
  date: string,
): boolean =>
  period.effectiveFrom <= date && (period.effectiveUntil === null || date <= period.effectiveUntil);
