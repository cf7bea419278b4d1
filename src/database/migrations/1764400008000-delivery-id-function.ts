import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox's delivery ids made in SQL, so a notification's rows for every registered endpoint are
 * written by the statement that looks the endpoints up. The twin of `deliveryIdOf`
 * (src/notifications/outbox/delivery-id.ts): the first 16 bytes of SHA-256 of
 * "event|recipient|channel|template" as UTF-8, with version nibble 5 and the RFC 4122 variant. A test
 * holds the two equal. Single-expression bodies, so the planner inlines them into the statement.
 */
export class DeliveryIdFunction1764400008000 implements MigrationInterface {
  name = 'DeliveryIdFunction1764400008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION delivery_id_from_digest(digest bytea) RETURNS uuid
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN encode(set_byte(set_byte(substring(digest FROM 1 FOR 16),
                                      6, (get_byte(digest, 6) & 15) | 80),
                             8, (get_byte(digest, 8) & 63) | 128), 'hex')::uuid`);
    await q.query(`
      CREATE FUNCTION delivery_id_of(event_id text, recipient text, channel text, template text) RETURNS uuid
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN delivery_id_from_digest(
        sha256(convert_to(event_id || '|' || recipient || '|' || channel || '|' || template, 'UTF8')))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION delivery_id_of(text, text, text, text)`);
    await q.query(`DROP FUNCTION delivery_id_from_digest(bytea)`);
  }
}
