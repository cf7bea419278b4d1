import type { LocalisedText } from '../../shared/domain/domain-error';
import type { AttachmentKind, ProposalType } from '../domain/proposal.types';

export type CommitteeMajority = 'more-than-half-of-all-members';

/** The policy a proposal is judged by; pinned at submission so later packs never re-judge it. */
export interface RulePackRules {
  /** "Không được tăng thêm đầu mối và biên chế", except on the exception path with a justification. */
  noNetIncrease: { focalPoints: boolean; staffing: boolean; exceptionProposalType: ProposalType };
  /** A unit must be merged when BOTH population and area are strictly below these shares of its standard. */
  mergerRequiredBelow: { populationShare: number; areaShare: number; basis: string };
  committeeMajority: CommitteeMajority;
  /** A voter consultation passes when strictly more than this share agreed in every unit. */
  voterConsultationPassAbove: number;
  /** Documents the dossier must hold before it is submitted or resubmitted. */
  requiredAttachmentKinds: AttachmentKind[];
}

export interface RulePack {
  id: string;
  version: number;
  title: LocalisedText;
  /** Inclusive calendar dates; null = open-ended. */
  effectiveFrom: string;
  effectiveUntil: string | null;
  basis: string[];
  rules: RulePackRules;
}

/** The 2018 program implementing Resolution 18-NQ/TW. */
export const NQ18_2018: RulePack = {
  id: 'nq18-2018',
  version: 1,
  title: {
    vi: 'Chương trình hành động thực hiện Nghị quyết 18-NQ/TW (2018)',
    en: 'Action program implementing Resolution 18-NQ/TW (2018)',
  },
  effectiveFrom: '2018-01-01',
  effectiveUntil: null,
  basis: ['Nghị quyết 18-NQ/TW ngày 25-10-2017', 'Nghị quyết 1211/2016/UBTVQH13'],
  rules: {
    noNetIncrease: { focalPoints: true, staffing: true, exceptionProposalType: 'focal-point-increase' },
    mergerRequiredBelow: { populationShare: 0.5, areaShare: 0.5, basis: 'Nghị quyết 1211/2016/UBTVQH13' },
    committeeMajority: 'more-than-half-of-all-members',
    voterConsultationPassAbove: 0.5,
    requiredAttachmentKinds: ['proposal'],
  },
};

export const RULE_PACKS: readonly RulePack[] = [NQ18_2018];
