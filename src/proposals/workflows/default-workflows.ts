import type { Aspect, ProposalType } from '../domain/proposal.types';
import {
  BODIES,
  type AppraisalStageDefinition,
  type CommitteeVoteStageDefinition,
  type ConsultationStageDefinition,
  type StageDefinition,
  type TallyStageDefinition,
  type WorkflowDefinition,
} from './workflow-definition';

const EVERYTHING: Aspect[] = ['text', 'figures', 'units', 'documents', 'agencies'];

/** Members of the provincial Standing Committee in the 2015–2020 term; the registry may pin another count. */
export const STANDING_COMMITTEE_MEMBERS = 15;

const appraisal = (slaWorkingDays: number): AppraisalStageDefinition => ({
  id: 'appraisal',
  kind: 'appraisal',
  title: { vi: 'Ban Tổ chức Tỉnh ủy thẩm định', en: 'Organization Board appraisal' },
  body: BODIES.organizationBoard,
  slaWorkingDays,
  covers: EVERYTHING,
});

// Consulted bodies look at substance, not wording: a retitled dossier is not sent round again.
const consultation = (slaWorkingDays: number, bodies: string[] = []): ConsultationStageDefinition => ({
  id: 'consultation',
  kind: 'consultation',
  title: { vi: 'Lấy ý kiến các cơ quan phối hợp', en: 'Consultation of coordinating bodies' },
  presidingBody: BODIES.organizationBoard,
  bodies,
  includeCoordinatingAgencies: true,
  slaWorkingDays,
  covers: ['figures', 'units', 'agencies', 'documents'],
});

// Voters were asked about these units joining, nothing else.
const voterConsultation = (slaWorkingDays: number): TallyStageDefinition => ({
  id: 'voter-consultation',
  kind: 'tally',
  title: { vi: 'Lấy ý kiến cử tri', en: 'Voter consultation' },
  body: BODIES.organizationBoard,
  slaWorkingDays,
  covers: ['units'],
});

const standingCommitteeVote = (slaWorkingDays: number): CommitteeVoteStageDefinition => ({
  id: 'standing-committee-vote',
  kind: 'committee-vote',
  title: { vi: 'Ban Thường vụ Tỉnh ủy biểu quyết', en: 'Standing Committee vote' },
  body: BODIES.standingCommittee,
  memberCount: STANDING_COMMITTEE_MEMBERS,
  slaWorkingDays,
  covers: EVERYTHING,
});

const TITLES: Record<ProposalType, { vi: string; en: string }> = {
  'commune-merger': { vi: 'Sắp xếp đơn vị hành chính cấp xã', en: 'Commune-level unit merger' },
  'district-merger': { vi: 'Sắp xếp đơn vị hành chính cấp huyện', en: 'District-level unit merger' },
  'hamlet-merger': { vi: 'Sáp nhập ấp, khu phố', en: 'Hamlet and neighbourhood merger' },
  'agency-merger': {
    vi: 'Sáp nhập, giải thể cơ quan, đơn vị',
    en: 'Merger or dissolution of agencies or divisions',
  },
  'internal-restructuring': {
    vi: 'Sắp xếp tổ chức bên trong (giảm đầu mối, cấp trung gian, cấp phó)',
    en: 'Internal restructuring (fewer divisions, intermediate levels, deputies)',
  },
  'merged-office': { vi: 'Hợp nhất văn phòng', en: 'Merged office' },
  'concurrent-post': { vi: 'Kiêm nhiệm chức danh', en: 'Concurrent posts' },
  'staffing-reduction': { vi: 'Tinh giản biên chế', en: 'Staffing reduction plan' },
  'focal-point-increase': {
    vi: 'Thành lập mới hoặc tăng đầu mối (trường hợp đặc biệt)',
    en: 'Establishment or increase of focal points (exception path)',
  },
};

const STAGES: Record<ProposalType, StageDefinition[]> = {
  'commune-merger': [appraisal(10), consultation(7), voterConsultation(20), standingCommitteeVote(10)],
  'district-merger': [appraisal(15), consultation(10), voterConsultation(30), standingCommitteeVote(10)],
  'hamlet-merger': [appraisal(10), consultation(5), voterConsultation(15), standingCommitteeVote(10)],
  'agency-merger': [appraisal(10), consultation(7), standingCommitteeVote(10)],
  'internal-restructuring': [appraisal(10), consultation(7), standingCommitteeVote(10)],
  'merged-office': [appraisal(10), consultation(7), standingCommitteeVote(10)],
  'concurrent-post': [appraisal(7), consultation(5), standingCommitteeVote(10)],
  'staffing-reduction': [appraisal(10), consultation(7), standingCommitteeVote(10)],
  'focal-point-increase': [appraisal(15), consultation(10), standingCommitteeVote(10)],
};

const definition = (proposalType: ProposalType): WorkflowDefinition => ({
  id: `wf-${proposalType}`,
  version: 1,
  proposalType,
  title: TITLES[proposalType],
  effectiveFrom: '2018-01-01',
  effectiveUntil: null,
  stages: STAGES[proposalType],
});

export const DEFAULT_WORKFLOWS: readonly WorkflowDefinition[] = (Object.keys(STAGES) as ProposalType[]).map(
  definition,
);
