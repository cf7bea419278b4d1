import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Signed checkpoints of the event store, kept as issued. The database copy is a convenience for the
 * service; the copies that prove anything are the files and mails auditors hold outside it.
 */
export class AuditCheckpoints1764400004000 implements MigrationInterface {
  name = 'AuditCheckpoints1764400004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_checkpoints (
        id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        signed_at       timestamptz NOT NULL,
        global_position bigint NOT NULL CHECK (global_position >= 0),
        event_count     bigint NOT NULL CHECK (event_count >= 0),
        digest          text NOT NULL CHECK (digest ~ '^[0-9a-f]{64}$'),
        key_fingerprint text NOT NULL,
        document        jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_checkpoints_signed_at ON audit_checkpoints (signed_at DESC)`);
    await q.query(`
      CREATE FUNCTION audit_checkpoints_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_checkpoints is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_checkpoints
      FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_checkpoints`);
    await q.query(`DROP FUNCTION audit_checkpoints_refuse_change()`);
  }
}
