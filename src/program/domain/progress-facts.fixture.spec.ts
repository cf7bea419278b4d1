/**
 * Builders for the progress specs (named *.spec.ts so the build leaves it out; it holds no tests).
 * Every figure is a made-up test figure, not a statistic.
 */
import { randomUUID } from 'node:crypto';
import { vietnamWorkingCalendar } from '../../shared/calendar/vietnam-holidays';
import type { ProposalType } from '../../proposals/domain/proposal.types';
import { ACTION_PROGRAM_18 } from '../data/action-program';
import type { GuidanceRecord } from './deadline';
import { evaluateEligibility, type CommuneFacts } from './eligibility';
import type {
  AgencyFacts,
  PlaceFacts,
  ProgressFacts,
  ProgressReport,
  ProposalFact,
  ProposalStatusName,
} from './progress.types';

export const XA = { minPopulation: 8000, minAreaKm2: 30 };

/** Two districts with two communes each, and the agencies that lead proposals there. */
export const PLACES: PlaceFacts[] = [
  { code: '914', name: 'Giang Thành', level: 'district', districtCode: '914' },
  { code: '912', name: 'Kiên Hải', level: 'district', districtCode: '912' },
  { code: '30791', name: 'Vĩnh Phú', level: 'commune', districtCode: '914' },
  { code: '30793', name: 'Vĩnh Điều', level: 'commune', districtCode: '914' },
  { code: '31108', name: 'Hòn Tre', level: 'commune', districtCode: '912' },
  { code: '31111', name: 'Lại Sơn', level: 'commune', districtCode: '912' },
];

export const agency = (code: string, districtCode: string | null, baseline: number | null): AgencyFacts => ({
  code,
  name: `Cơ quan ${code}`,
  districtCode,
  staffingBaseline2015: baseline,
});

export const commune = (code: string, population: number | null, areaKm2: number | null): CommuneFacts => ({
  code,
  name: PLACES.find((place) => place.code === code)!.name,
  unitType: 'Xã',
  districtCode: PLACES.find((place) => place.code === code)!.districtCode,
  population,
  areaKm2,
  standard: XA,
});

interface ProposalOptions {
  type?: ProposalType;
  status?: ProposalStatusName;
  lead?: string;
  link?: string | null;
  units?: string[];
  staffing?: [number, number];
  deputies?: [number, number];
  decisionDate?: string;
  approvedAt?: string | null;
}

export const proposal = (options: ProposalOptions = {}): ProposalFact => {
  const status = options.status ?? 'Implemented';
  const [before, after] = options.staffing ?? [10, 10];
  const [deputiesBefore, deputiesAfter] = options.deputies ?? [2, 2];
  const figures = {
    staffing: { before, after },
    deputies: { before: deputiesBefore, after: deputiesAfter },
  };
  return {
    proposalId: randomUUID(),
    title: `Đề án thử nghiệm ${options.type ?? 'staffing-reduction'}`,
    proposalType: options.type ?? 'staffing-reduction',
    status,
    leadAgency: options.lead ?? 'T-SO-A',
    link: options.link ?? null,
    unitCodes: options.units ?? [],
    approvedAt:
      options.approvedAt !== undefined
        ? options.approvedAt
        : ['Approved', 'Implemented'].includes(status)
          ? '2019-05-02T03:00:00.000Z'
          : null,
    planned: figures,
    implementation:
      status === 'Implemented'
        ? { decisionNumber: '1/QĐ-TEST', decisionDate: options.decisionDate ?? '2019-06-03', ...figures }
        : null,
  };
};

export const guidance = (taskId: string, guidanceDate: string, dueDate: string | null): GuidanceRecord => ({
  taskId,
  document: 'Hướng dẫn thử nghiệm',
  guidanceDate,
  dueDate,
  recordedBy: { id: 'admin-1', name: 'Quản trị' },
  recordedAt: `${guidanceDate}T02:00:00.000Z`,
  reason: 'TEST FIXTURE',
});

export const facts = (options: {
  today: string;
  agencies?: AgencyFacts[];
  communes?: CommuneFacts[];
  proposals?: ProposalFact[];
  guidance?: GuidanceRecord[];
}): ProgressFacts => ({
  program: ACTION_PROGRAM_18,
  today: options.today,
  calendar: vietnamWorkingCalendar(),
  places: PLACES,
  agencies: options.agencies ?? [],
  eligibility: evaluateEligibility(options.communes ?? [], [], 0.5),
  proposals: options.proposals ?? [],
  guidance: options.guidance ?? [],
});

// ---- reading a report --------------------------------------------------------------------------

export const BEFORE_DEADLINE = '2020-06-15';
export const AFTER_DEADLINE = '2022-03-01';

export const target = (report: ProgressReport, id: string) => report.targets.find((t) => t.targetId === id)!;
export const inDistrict = (report: ProgressReport, district: string, id: string) =>
  report.districts.find((d) => d.districtCode === district)!.targets.find((t) => t.targetId === id)!;
export const task = (report: ProgressReport, id: string) => report.tasks.find((t) => t.taskId === id)!;
export const ids = (proposals: { proposalId: string }[]) => proposals.map((p) => p.proposalId).sort();
export const idsOf = (...proposals: ProposalFact[]) => proposals.map((p) => p.proposalId).sort();
