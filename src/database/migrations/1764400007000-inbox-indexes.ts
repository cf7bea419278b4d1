import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The inbox looks rows up by who must act instead of reading every proposal in review: the open
 * stage's bodies already have a GIN index; the people a holder delegated the open stage to get a
 * column and an index beside them. Existing rows are filled from their folded state, as the
 * projection fills new ones.
 */
export class InboxIndexes1764400007000 implements MigrationInterface {
  name = 'InboxIndexes1764400007000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE proposals_v1 ADD COLUMN delegates text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE proposals_v1 p
         SET delegates = ARRAY(
               SELECT DISTINCT d->'delegate'->>'id' FROM jsonb_array_elements(p.state->'delegations') d
                WHERE d->>'stageId' = p.current_stage_id AND d->>'body' = ANY(p.open_bodies)
                ORDER BY 1)
       WHERE cardinality(p.open_bodies) > 0`);
    await q.query(`CREATE INDEX proposals_v1_delegates ON proposals_v1 USING gin (delegates)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX proposals_v1_delegates`);
    await q.query(`ALTER TABLE proposals_v1 DROP COLUMN delegates`);
  }
}
