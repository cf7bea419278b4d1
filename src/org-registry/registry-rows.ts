import type { AdministrativeUnitEntity } from './entities/administrative-unit.entity';
import type { AgencyEntity } from './entities/agency.entity';
import type { BodyEntity } from './entities/body.entity';
import type { RegistryChangeEntity } from './entities/registry-change.entity';
import type { UnitStandardEntity } from './entities/unit-standard.entity';
import type {
  AdministrativeUnitView,
  AgencyView,
  BodyView,
  RegistryChangeView,
  UnitStandardView,
} from './org-registry.types';
import { standardKeyFor } from './unit-standard-key';

/** SQL select lists aliased to the entity property names, and the row → view mappers. */

export type UnitRow = Omit<AdministrativeUnitEntity, 'nameFolded'> & { parentType: string | null };

export const UNIT_SELECT = `
  SELECT u.code, u.name, u.unit_type AS "unitType", u.level, u.parent_code AS "parentCode",
         u.population, u.area_km2 AS "areaKm2", u.source, p.unit_type AS "parentType"
    FROM administrative_units u
    LEFT JOIN administrative_units p ON p.code = u.parent_code`;

/** The standards in force on a date; the latest start wins when periods overlap. */
export const STANDARDS_IN_FORCE = `
  SELECT DISTINCT ON (unit_type, region)
         unit_type AS "unitType", region, min_population AS "minPopulation", min_area_km2 AS "minAreaKm2",
         legal_basis AS "legalBasis", source, effective_from::text AS "effectiveFrom",
         effective_to::text AS "effectiveTo"
    FROM unit_standards
   WHERE effective_from <= $1::date AND (effective_to IS NULL OR effective_to >= $1::date)
   ORDER BY unit_type, region, effective_from DESC`;

export const BODY_SELECT = `
  SELECT code, name_vi AS "nameVi", name_en AS "nameEn", kind, member_count AS "memberCount", parent
    FROM bodies`;

export const AGENCY_SELECT = `
  SELECT code, name_vi AS "nameVi", name_en AS "nameEn", kind, district_code AS "districtCode",
         staffing_baseline_2015 AS "staffingBaseline2015", staffing_current AS "staffingCurrent",
         focal_points AS "focalPoints", deputies, webhook_url AS "webhookUrl", email
    FROM agencies`;

export const CHANGE_SELECT = `
  SELECT id, entity, code, field, old_value AS "oldValue", new_value AS "newValue",
         changed_by AS "changedBy", changed_by_name AS "changedByName", changed_at AS "changedAt", reason
    FROM registry_changes`;

const toNumber = (value: string | number | null): number | null => (value === null ? null : Number(value));

export const toStandardView = (row: UnitStandardEntity): UnitStandardView => ({
  ...row,
  minAreaKm2: Number(row.minAreaKm2),
});

/** Finds a unit's standard among those in force (see standardKeyFor). */
export const standardResolver = (standards: UnitStandardView[]) => {
  const byKey = new Map(standards.map((s) => [`${s.unitType}\u0000${s.region}`, s]));
  return (unitType: string, parentType: string | null): UnitStandardView | null => {
    const key = standardKeyFor(unitType, parentType);
    return key ? (byKey.get(`${key.unitType}\u0000${key.region}`) ?? null) : null;
  };
};

export const toUnitView = (
  row: UnitRow,
  standardOf: (unitType: string, parentType: string | null) => UnitStandardView | null,
): AdministrativeUnitView => ({
  code: row.code,
  name: row.name,
  unitType: row.unitType as AdministrativeUnitView['unitType'],
  level: row.level as AdministrativeUnitView['level'],
  parentCode: row.parentCode,
  population: row.population,
  areaKm2: toNumber(row.areaKm2),
  source: row.source,
  standard: standardOf(row.unitType, row.parentType),
});

export const toBodyView = (row: BodyEntity): BodyView => ({ ...row, kind: row.kind as BodyView['kind'] });

export const toAgencyView = (row: AgencyEntity): AgencyView => ({
  ...row,
  kind: row.kind as AgencyView['kind'],
});

export const toChangeView = (row: RegistryChangeEntity): RegistryChangeView => ({
  ...row,
  id: Number(row.id),
  entity: row.entity as RegistryChangeView['entity'],
  changedAt: row.changedAt.toISOString(),
});
