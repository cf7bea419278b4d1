import type { MigrationInterface, QueryRunner } from 'typeorm';
import { seedOrgRegistry } from '../../org-registry/data/org-registry.seed';

const CODE_CHECK = `~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$'`;
const list = (values: string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The org registry: administrative units with the standards they are measured against, bodies,
 * agencies, an append-only log of every figure change, and the merger reservations that make
 * "a unit is in at most one open merger proposal" a primary-key fact. Seeds the 2018 reference data.
 */
export class OrgRegistry1764400001000 implements MigrationInterface {
  name = 'OrgRegistry1764400001000';

  async up(q: QueryRunner): Promise<void> {
    // Vietnamese order (Đ after D, tones after the bare letter) in SQL, so keyset pages follow it.
    await q.query(`
      DO $$ BEGIN
        IF EXISTS (SELECT 1 FROM pg_collation WHERE collprovider = 'i') THEN
          CREATE COLLATION IF NOT EXISTS vi_icu (provider = icu, locale = 'vi');
        ELSE
          RAISE WARNING 'PostgreSQL built without ICU: unit names will sort in byte order';
          CREATE COLLATION IF NOT EXISTS vi_icu FROM "C";
        END IF;
      END $$`);

    await q.query(`
      CREATE TABLE administrative_units (
        code        text PRIMARY KEY CHECK (code ${CODE_CHECK}),
        name        text NOT NULL CHECK (btrim(name) <> ''),
        name_folded text NOT NULL,
        unit_type   text NOT NULL,
        level       text NOT NULL,
        parent_code text REFERENCES administrative_units (code),
        population  integer CHECK (population >= 0),
        area_km2    numeric(12, 4) CHECK (area_km2 >= 0),
        source      text NOT NULL,
        CONSTRAINT administrative_units_type_of_level CHECK (
             (level = 'province' AND unit_type = 'Tỉnh')
          OR (level = 'district' AND unit_type IN (${list(['Thành phố', 'Thị xã', 'Huyện'])}))
          OR (level = 'commune'  AND unit_type IN (${list(['Phường', 'Thị trấn', 'Xã'])}))
          OR (level = 'hamlet'   AND unit_type IN (${list(['Ấp', 'Khu phố'])}))),
        CONSTRAINT administrative_units_parent_unless_province CHECK ((level = 'province') = (parent_code IS NULL))
      )`);
    await q.query(`CREATE INDEX administrative_units_parent ON administrative_units (parent_code)`);
    await q.query(`CREATE INDEX administrative_units_level ON administrative_units (level)`);

    await q.query(`
      CREATE TABLE unit_standards (
        unit_type      text NOT NULL,
        region         text NOT NULL,
        min_population integer NOT NULL CHECK (min_population > 0),
        min_area_km2   numeric(10, 2) NOT NULL CHECK (min_area_km2 > 0),
        legal_basis    text NOT NULL,
        source         text NOT NULL,
        effective_from date NOT NULL,
        effective_to   date CHECK (effective_to IS NULL OR effective_to >= effective_from),
        PRIMARY KEY (unit_type, region, effective_from)
      )`);

    await q.query(`
      CREATE TABLE bodies (
        code         text PRIMARY KEY CHECK (code ${CODE_CHECK}),
        name_vi      text NOT NULL CHECK (btrim(name_vi) <> ''),
        name_en      text NOT NULL CHECK (btrim(name_en) <> ''),
        kind         text NOT NULL
                     CHECK (kind IN (${list(['standing-committee', 'party-board', 'government', 'front', 'other'])})),
        member_count integer CHECK (member_count > 0),
        parent       text REFERENCES bodies (code)
      )`);

    const agencyKinds = [
      'department',
      'party-board',
      'party-committee',
      'party-delegation',
      'district-party-committee',
      'people-committee',
      'front',
      'mass-organisation',
      'other',
    ];
    await q.query(`
      CREATE TABLE agencies (
        code                   text PRIMARY KEY CHECK (code ${CODE_CHECK}),
        name_vi                text NOT NULL CHECK (btrim(name_vi) <> ''),
        name_en                text NOT NULL CHECK (btrim(name_en) <> ''),
        kind                   text NOT NULL CHECK (kind IN (${list(agencyKinds)})),
        district_code          text REFERENCES administrative_units (code),
        staffing_baseline_2015 integer CHECK (staffing_baseline_2015 >= 0),
        staffing_current       integer CHECK (staffing_current >= 0),
        focal_points           integer CHECK (focal_points >= 0),
        deputies               integer CHECK (deputies >= 0),
        webhook_url            text CHECK (webhook_url ~ '^https?://'),
        email                  text CHECK (email ~ '^[^@[:space:]]+@[^@[:space:]]+$')
      )`);

    await q.query(`
      CREATE TABLE registry_changes (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entity          text NOT NULL CHECK (entity IN ('unit', 'agency', 'body')),
        code            text NOT NULL,
        field           text NOT NULL,
        old_value       jsonb NOT NULL,
        new_value       jsonb NOT NULL,
        changed_by      text NOT NULL CHECK (changed_by <> ''),
        changed_by_name text NOT NULL,
        changed_at      timestamptz NOT NULL,
        reason          text NOT NULL CHECK (btrim(reason) <> '')
      )`);
    await q.query(`CREATE INDEX registry_changes_subject ON registry_changes (entity, code, id)`);
    await q.query(`
      CREATE FUNCTION registry_changes_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'registry_changes is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER registry_changes_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON registry_changes
      FOR EACH STATEMENT EXECUTE FUNCTION registry_changes_refuse_change()`);

    await q.query(`
      CREATE TABLE merger_reservations (
        unit_code   text PRIMARY KEY REFERENCES administrative_units (code),
        proposal_id uuid NOT NULL,
        reserved_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX merger_reservations_proposal ON merger_reservations (proposal_id)`);

    await seedOrgRegistry(q);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE merger_reservations`);
    await q.query(`DROP TABLE registry_changes`);
    await q.query(`DROP FUNCTION registry_changes_refuse_change()`);
    await q.query(`DROP TABLE agencies`);
    await q.query(`DROP TABLE bodies`);
    await q.query(`DROP TABLE unit_standards`);
    await q.query(`DROP TABLE administrative_units`);
    await q.query(`DROP COLLATION IF EXISTS vi_icu`);
  }
}
