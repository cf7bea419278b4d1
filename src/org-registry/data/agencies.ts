import type { AgencyKind } from '../org-registry.types';
import { KIEN_GIANG_UNITS } from './kien-giang-units';

export interface SeedAgency {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: AgencyKind;
  districtCode: string | null;
}

const agency = (code: string, nameVi: string, nameEn: string, kind: AgencyKind): SeedAgency => ({
  code,
  nameVi,
  nameEn,
  kind,
  districtCode: null,
});

/** Thành ủy for the city, Thị ủy for the town, Huyện ủy for each district: code 'HU-<GSO district code>'. */
const districtPartyCommittee = ([code, name, unitType]: readonly [string, string, string, ...unknown[]]) => {
  const [vi, en] =
    unitType === 'Thành phố'
      ? ['Thành ủy', 'City']
      : unitType === 'Thị xã'
        ? ['Thị ủy', 'Town']
        : ['Huyện ủy', 'District'];
  return {
    code: `HU-${code}`,
    nameVi: `${vi} ${name}`,
    nameEn: `${name} ${en} Party Committee`,
    kind: 'district-party-committee' as const,
    districtCode: code,
  };
};

/**
 * Agencies the action program names as lead (chủ trì) or coordinating (phối hợp), plus the provincial
 * departments and mass organisations the brief lists. Staffing, focal points, deputies and contacts are
 * unknown and left empty: an admin enters them through PATCH /api/agencies/:code.
 */
export const SEED_AGENCIES: readonly SeedAgency[] = [
  agency('BTCTU', 'Ban Tổ chức Tỉnh ủy', 'Provincial Party Organization Board', 'party-board'),
  agency('UBKTTU', 'Ủy ban Kiểm tra Tỉnh ủy', 'Provincial Party Inspection Committee', 'party-board'),
  agency('VPTU', 'Văn phòng Tỉnh ủy', 'Provincial Party Committee Office', 'party-board'),
  agency('BTGTU', 'Ban Tuyên giáo Tỉnh ủy', 'Provincial Party Propaganda and Education Board', 'party-board'),
  agency('BDVTU', 'Ban Dân vận Tỉnh ủy', 'Provincial Party Mass Mobilization Board', 'party-board'),
  agency('BNCTU', 'Ban Nội chính Tỉnh ủy', 'Provincial Party Internal Affairs Board', 'party-board'),
  agency(
    'DUK-CCQ',
    'Đảng ủy khối Các cơ quan tỉnh',
    'Party Committee of the Provincial Agencies Bloc',
    'party-committee',
  ),
  agency(
    'DUK-DN',
    'Đảng ủy khối Doanh nghiệp tỉnh',
    'Party Committee of the Provincial Enterprises Bloc',
    'party-committee',
  ),
  agency(
    'BCSD-UBND',
    'Ban cán sự đảng Ủy ban nhân dân tỉnh',
    "Party Affairs Committee of the Provincial People's Committee",
    'party-delegation',
  ),
  agency(
    'DD-HDND',
    'Đảng đoàn Hội đồng nhân dân tỉnh',
    "Party Delegation of the Provincial People's Council",
    'party-delegation',
  ),
  agency('UBND', 'Ủy ban nhân dân tỉnh', "Provincial People's Committee", 'people-committee'),
  agency('SNV', 'Sở Nội vụ', 'Department of Home Affairs', 'department'),
  agency('STC', 'Sở Tài chính', 'Department of Finance', 'department'),
  agency(
    'MTTQ',
    'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    'Provincial Vietnam Fatherland Front Committee',
    'front',
  ),
  agency('TINH-DOAN', 'Tỉnh đoàn', 'Provincial Ho Chi Minh Communist Youth Union', 'mass-organisation'),
  agency('HLHPN', 'Hội Liên hiệp Phụ nữ tỉnh', "Provincial Women's Union", 'mass-organisation'),
  agency('HND', 'Hội Nông dân tỉnh', "Provincial Farmers' Union", 'mass-organisation'),
  agency('HCCB', 'Hội Cựu chiến binh tỉnh', "Provincial Veterans' Association", 'mass-organisation'),
  agency('LDLD', 'Liên đoàn Lao động tỉnh', 'Provincial Labour Federation', 'mass-organisation'),
  ...KIEN_GIANG_UNITS.filter(([, , , level]) => level === 'district').map(districtPartyCommittee),
];
