/** Shapes the org registry hands to other modules and to HTTP; plain data, no framework types. */

export const BODY_KINDS = ['standing-committee', 'party-board', 'government', 'front', 'other'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const AGENCY_KINDS = [
  'department',
  'party-board',
  'party-committee',
  'party-delegation',
  'district-party-committee',
  'people-committee',
  'front',
  'mass-organisation',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export const UNIT_LEVELS = ['province', 'district', 'commune', 'hamlet'] as const;
export type AdministrativeLevel = (typeof UNIT_LEVELS)[number];

/** Type words as the GSO writes them. */
export const UNIT_TYPES = [
  'Tỉnh',
  'Thành phố',
  'Thị xã',
  'Huyện',
  'Phường',
  'Thị trấn',
  'Xã',
  'Ấp',
  'Khu phố',
] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** Registry codes: GSO numbers for units, short ASCII codes for bodies and agencies. */
export const REGISTRY_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

export const REGISTRY_ENTITIES = ['unit', 'agency', 'body'] as const;
export type RegistryEntity = (typeof REGISTRY_ENTITIES)[number];

/** A row of unit-standards (Resolution 1211/2016/UBTVQH13 and amendments) with its period. */
export interface UnitStandardView {
  unitType: string;
  region: string;
  minPopulation: number;
  minAreaKm2: number;
  legalBasis: string;
  source: string;
  effectiveFrom: string;
  effectiveTo: string | null;
}

/** Null figures are unknown, never zero. `standard` is null when no standard row applies. */
export interface AdministrativeUnitView {
  code: string;
  name: string;
  unitType: UnitType;
  level: AdministrativeLevel;
  parentCode: string | null;
  population: number | null;
  areaKm2: number | null;
  source: string;
  standard: UnitStandardView | null;
}

export interface BodyView {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: BodyKind;
  memberCount: number | null;
  parent: string | null;
}

export interface AgencyView {
  code: string;
  nameVi: string;
  nameEn: string;
  kind: AgencyKind;
  districtCode: string | null;
  staffingBaseline2015: number | null;
  staffingCurrent: number | null;
  focalPoints: number | null;
  deputies: number | null;
  webhookUrl: string | null;
  email: string | null;
}

export interface RegistryChangeView {
  id: number;
  entity: RegistryEntity;
  code: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  changedBy: string;
  changedByName: string;
  changedAt: string;
  reason: string;
}

export interface UnitPage {
  items: AdministrativeUnitView[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface ListUnitsFilter {
  level?: AdministrativeLevel;
  parent?: string;
  /** Matched without diacritics, case or tone-mark placement, against the name (or a code prefix). */
  q?: string;
  limit?: number;
  cursor?: string;
}
