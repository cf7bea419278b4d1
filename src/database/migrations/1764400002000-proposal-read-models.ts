import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Read models of proposals (list, detail, inbox) and the content-addressed attachment store. */
export class ProposalReadModels1764400002000 implements MigrationInterface {
  name = 'ProposalReadModels1764400002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE COLLATION IF NOT EXISTS vi_icu (provider = icu, locale = 'vi')`);
    await q.query(`
      CREATE TABLE proposals_v1 (
        proposal_id           uuid PRIMARY KEY,
        version               integer NOT NULL,
        status                text NOT NULL,
        proposal_type         text NOT NULL,
        title                 text COLLATE vi_icu NOT NULL,
        title_folded          text NOT NULL,
        lead_agency           text NOT NULL,
        coordinating_agencies text[] NOT NULL,
        current_stage_id      text,
        current_stage_kind    text,
        open_bodies           text[] NOT NULL DEFAULT '{}',
        due_on                date,
        submitted_at          timestamptz,
        updated_at            timestamptz NOT NULL,
        state                 jsonb NOT NULL
      )`);
    await q.query(`CREATE INDEX proposals_v1_lead ON proposals_v1 (lead_agency)`);
    await q.query(`CREATE INDEX proposals_v1_title ON proposals_v1 (title, proposal_id)`);
    await q.query(`CREATE INDEX proposals_v1_open_bodies ON proposals_v1 USING gin (open_bodies)`);
    await q.query(`
      CREATE TABLE attachment_blobs (
        sha256     text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        media_type text NOT NULL,
        size       integer NOT NULL CHECK (size >= 0),
        content    bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE attachment_blobs`);
    await q.query(`DROP TABLE proposals_v1`);
  }
}
