import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The action program's one piece of state: the date the central guidance a conditional task waits for
 * ("khi có hướng dẫn của Trung ương") was issued, recorded by an admin with who, when and why. Append-only,
 * like registry_changes: a correction is a newer record, and the newest of a task is in force.
 */
export class ProgramGuidance1764400006000 implements MigrationInterface {
  name = 'ProgramGuidance1764400006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE program_guidance (
        id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        task_id          text NOT NULL CHECK (task_id ~ '^[A-Za-z0-9][A-Za-z0-9.-]{0,31}$'),
        document         text NOT NULL CHECK (btrim(document) <> ''),
        guidance_date    date NOT NULL,
        due_date         date CHECK (due_date IS NULL OR due_date >= guidance_date),
        recorded_by      text NOT NULL CHECK (recorded_by <> ''),
        recorded_by_name text NOT NULL,
        recorded_at      timestamptz NOT NULL,
        reason           text NOT NULL CHECK (btrim(reason) <> '')
      )`);
    await q.query(`CREATE INDEX program_guidance_task ON program_guidance (task_id, id)`);
    await q.query(`
      CREATE FUNCTION program_guidance_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'program_guidance is append-only: % refused', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER program_guidance_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON program_guidance
      FOR EACH STATEMENT EXECUTE FUNCTION program_guidance_refuse_change()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE program_guidance`);
    await q.query(`DROP FUNCTION program_guidance_refuse_change()`);
  }
}
