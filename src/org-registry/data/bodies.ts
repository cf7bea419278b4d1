import type { BodyKind } from '../org-registry.types';

export interface SeedBody {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: BodyKind;
  memberCount: number | null;
  parent: string | null;
}

/**
 * The bodies the action program names as reviewers or deciders. Codes are ASCII so they survive URLs,
 * headers and JWT claims unchanged ('BCSD-UBND' for Ban cán sự đảng, 'DD-HDND' for Đảng đoàn HĐND).
 */
export const SEED_BODIES: readonly SeedBody[] = [
  {
    code: 'BTVTU',
    nameVi: 'Ban Thường vụ Tỉnh ủy',
    nameEn: 'Provincial Party Standing Committee',
    kind: 'standing-committee',
    // A placeholder, NOT a sourced figure: the program does not state the committee's size. The vote
    // threshold ("more than half of all members") depends on it, so an admin must enter the real
    // number through PATCH /api/bodies/BTVTU before the first vote.
    memberCount: 15,
    parent: null,
  },
  {
    code: 'BTCTU',
    nameVi: 'Ban Tổ chức Tỉnh ủy',
    nameEn: 'Provincial Party Organization Board',
    kind: 'party-board',
    memberCount: null,
    parent: 'BTVTU',
  },
  {
    code: 'UBKTTU',
    nameVi: 'Ủy ban Kiểm tra Tỉnh ủy',
    nameEn: 'Provincial Party Inspection Committee',
    kind: 'party-board',
    memberCount: null,
    parent: 'BTVTU',
  },
  {
    code: 'VPTU',
    nameVi: 'Văn phòng Tỉnh ủy',
    nameEn: 'Provincial Party Committee Office',
    kind: 'party-board',
    memberCount: null,
    parent: 'BTVTU',
  },
  {
    code: 'BTGTU',
    nameVi: 'Ban Tuyên giáo Tỉnh ủy',
    nameEn: 'Provincial Party Propaganda and Education Board',
    kind: 'party-board',
    memberCount: null,
    parent: 'BTVTU',
  },
  {
    code: 'BDVTU',
    nameVi: 'Ban Dân vận Tỉnh ủy',
    nameEn: 'Provincial Party Mass Mobilization Board',
    kind: 'party-board',
    memberCount: null,
    parent: 'BTVTU',
  },
  {
    code: 'BCSD-UBND',
    nameVi: 'Ban cán sự đảng Ủy ban nhân dân tỉnh',
    nameEn: "Party Affairs Committee of the Provincial People's Committee",
    kind: 'government',
    memberCount: null,
    parent: 'BTVTU',
  },
  {
    code: 'DD-HDND',
    nameVi: 'Đảng đoàn Hội đồng nhân dân tỉnh',
    nameEn: "Party Delegation of the Provincial People's Council",
    kind: 'government',
    memberCount: null,
    parent: 'BTVTU',
  },
  {
    code: 'SNV',
    nameVi: 'Sở Nội vụ',
    nameEn: 'Department of Home Affairs',
    kind: 'government',
    memberCount: null,
    parent: null,
  },
  {
    code: 'MTTQ',
    nameVi: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
    nameEn: 'Provincial Committee of the Vietnam Fatherland Front',
    kind: 'front',
    memberCount: null,
    parent: null,
  },
];
