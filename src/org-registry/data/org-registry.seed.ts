import { foldForSearch } from '../../shared/domain/text';
import { SEED_AGENCIES } from './agencies';
import { SEED_BODIES } from './bodies';
import { KIEN_GIANG_UNITS, KIEN_GIANG_UNITS_SOURCE } from './kien-giang-units';
import { UNIT_STANDARDS } from './unit-standards';

interface Sql {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

const column = <T, V>(rows: readonly T[], pick: (row: T) => V): V[] => rows.map(pick);

/**
 * Loads the registry's reference data. Idempotent: existing rows are left alone, so figures an admin
 * entered are never overwritten by a re-run. Units go in parent-first order (the CSV's order).
 */
export const seedOrgRegistry = async (sql: Sql): Promise<void> => {
  const units = KIEN_GIANG_UNITS;
  await sql.query(
    `INSERT INTO administrative_units (code, name, name_folded, unit_type, level, parent_code, source)
     SELECT code, name, folded, unit_type, level, parent, $7
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
            AS u(code, name, folded, unit_type, level, parent)
     ON CONFLICT (code) DO NOTHING`,
    [
      column(units, (u) => u[0]),
      column(units, (u) => u[1].normalize('NFC')),
      column(units, (u) => foldForSearch(u[1])),
      column(units, (u) => u[2]),
      column(units, (u) => u[3]),
      column(units, (u) => u[4]),
      KIEN_GIANG_UNITS_SOURCE,
    ],
  );
  const standards = UNIT_STANDARDS;
  await sql.query(
    `INSERT INTO unit_standards
       (unit_type, region, min_population, min_area_km2, legal_basis, source, effective_from, effective_to)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[], $4::numeric[], $5::text[], $6::text[],
                          $7::date[], $8::date[])
     ON CONFLICT (unit_type, region, effective_from) DO NOTHING`,
    [
      column(standards, (s) => s.unitType),
      column(standards, (s) => s.region),
      column(standards, (s) => s.minPopulation),
      column(standards, (s) => s.minAreaKm2),
      column(standards, (s) => s.legalBasis),
      column(standards, (s) => s.source),
      column(standards, (s) => s.effectiveFrom),
      column(standards, (s) => s.effectiveTo),
    ],
  );
  // Parents first: a body's parent must exist when the row goes in.
  const bodies = [...SEED_BODIES].sort((a, b) => Number(a.parent !== null) - Number(b.parent !== null));
  await sql.query(
    `INSERT INTO bodies (code, name_vi, name_en, kind, member_count, parent)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], $6::text[])
     ON CONFLICT (code) DO NOTHING`,
    [
      column(bodies, (b) => b.code),
      column(bodies, (b) => b.nameVi),
      column(bodies, (b) => b.nameEn),
      column(bodies, (b) => b.kind),
      column(bodies, (b) => b.memberCount),
      column(bodies, (b) => b.parent),
    ],
  );
  await sql.query(
    `INSERT INTO agencies (code, name_vi, name_en, kind, district_code)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])
     ON CONFLICT (code) DO NOTHING`,
    [
      column(SEED_AGENCIES, (a) => a.code),
      column(SEED_AGENCIES, (a) => a.nameVi),
      column(SEED_AGENCIES, (a) => a.nameEn),
      column(SEED_AGENCIES, (a) => a.kind),
      column(SEED_AGENCIES, (a) => a.districtCode),
    ],
  );
};
