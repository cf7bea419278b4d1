import type { AgencyRef, Deadline, Quarter } from '../domain/program.types';

/** Shorthands that keep the task and target tables readable. */

export const agency = (code: string, seedName: string): AgencyRef => ({ code, seedName });

/**
 * "các đoàn thể chính trị-xã hội tỉnh": the province's socio-political organisations under the Front.
 * The registry has no agency for the group, only its members, so the seed's name is kept.
 */
export const POLITICAL_SOCIAL_ORGANISATIONS: AgencyRef = {
  seedName: 'các đoàn thể chính trị-xã hội tỉnh',
  code: null,
  members: ['LDLD', 'TINH-DOAN', 'HLHPN', 'HND', 'HCCB'],
  note: 'Nhóm tổ chức, không phải một cơ quan: danh mục chỉ có các thành viên (LĐLĐ, Tỉnh đoàn, Hội LHPN, Hội ND, Hội CCB).',
};

/** NV-2.3-03 names the Front without "Ủy ban"; it is the same body as MTTQ in the registry. */
export const FRONT_WITHOUT_COMMITTEE: AgencyRef = {
  seedName: 'Mặt trận Tổ quốc Việt Nam tỉnh',
  code: 'MTTQ',
  note: 'Chương trình viết không có "Ủy ban"; là Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh (MTTQ).',
};

export const withinYear = (year: number, options: { thenContinuous?: boolean } = {}): Deadline => ({
  kind: 'within-year',
  year,
  thenContinuous: options.thenContinuous ?? false,
});

export const withinQuarter = (year: number, quarter: Quarter): Deadline => ({
  kind: 'within-quarter',
  year,
  quarter,
});

export const fromYear = (year: number): Deadline => ({ kind: 'from-year', year });

export const CONTINUOUS: Deadline = { kind: 'recurring', cadence: 'continuous' };
export const ANNUAL: Deadline = { kind: 'recurring', cadence: 'annual' };
export const ON_CENTRAL_GUIDANCE: Deadline = { kind: 'on-central-guidance', awaiting: 'guidance' };
export const ON_CENTRAL_REGULATION: Deadline = { kind: 'on-central-guidance', awaiting: 'regulation' };
