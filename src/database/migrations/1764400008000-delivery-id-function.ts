import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox's delivery ids made in SQL, so a notification's rows for every registered endpoint are
 * written by the statement that looks the endpoints up. The twin of `deliveryIdOf`
 * (src/notifications/outbox/delivery-id.ts): SHA-256 of "event|recipient|channel|template" as UTF-8,
 * shaped as a UUID with version nibble 5 and the RFC 4122 variant. A test holds the two equal.
 */
export class DeliveryIdFunction1764400008000 implements MigrationInterface {
  name = 'DeliveryIdFunction1764400008000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION delivery_id_of(event_id text, recipient text, channel text, template text)
      RETURNS uuid LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
        SELECT (substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-5' || substr(h, 14, 3) || '-'
                || to_hex((('x' || substr(h, 17, 1))::bit(4)::int & 3) | 8) || substr(h, 18, 3) || '-'
                || substr(h, 21, 12))::uuid
          FROM (SELECT encode(sha256(convert_to(event_id || '|' || recipient || '|' || channel || '|' || template,
                                                'UTF8')), 'hex') AS h) AS digest
      $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION delivery_id_of(text, text, text, text)`);
  }
}
