import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The PostgreSQL role auditors' queries run as. It may SELECT and nothing else. */
export const AUDITOR_ROLE = 'restructuring_auditor';

/**
 * Creates the read-only auditor role (when this user may create roles; otherwise a DBA creates it and
 * grants it to the service's user), lets the service's user switch to it, and records every audit
 * export and verification in `audit_access_log`.
 */
export class AuditorRole1764400005000 implements MigrationInterface {
  name = 'AuditorRole1764400005000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${AUDITOR_ROLE}') THEN
          CREATE ROLE ${AUDITOR_ROLE} NOLOGIN;
        END IF;
        IF NOT pg_has_role(current_user, '${AUDITOR_ROLE}', 'MEMBER') THEN
          EXECUTE format('GRANT ${AUDITOR_ROLE} TO %I', current_user);
        END IF;
      EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'cannot create or grant role ${AUDITOR_ROLE}: ask a DBA (README, Audit)';
      END $$`);
    await q.query(`
      CREATE TABLE audit_access_log (
        id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        actor     jsonb NOT NULL,
        action    text NOT NULL,
        scope     jsonb NOT NULL,
        outcome   jsonb,
        at        timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${AUDITOR_ROLE}') THEN
          GRANT USAGE ON SCHEMA public TO ${AUDITOR_ROLE};
          GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${AUDITOR_ROLE};
          ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ${AUDITOR_ROLE};
        END IF;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_access_log`);
    await q.query(`
      DO $$
      BEGIN
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${AUDITOR_ROLE}') THEN
          ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT ON TABLES FROM ${AUDITOR_ROLE};
          REVOKE SELECT ON ALL TABLES IN SCHEMA public FROM ${AUDITOR_ROLE};
          REVOKE USAGE ON SCHEMA public FROM ${AUDITOR_ROLE};
        END IF;
      END $$`);
  }
}
