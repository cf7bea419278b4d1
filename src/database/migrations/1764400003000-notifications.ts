import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Notification endpoints, in-app notifications and their reads, the delivery ledger, and NOTIFY on outbox. */
export class Notifications1764400003000 implements MigrationInterface {
  name = 'Notifications1764400003000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_endpoints (
        recipient   text NOT NULL,
        channel     text NOT NULL CHECK (channel IN ('email', 'webhook')),
        target      text NOT NULL,
        secret      text,
        language    text NOT NULL DEFAULT 'vi' CHECK (language IN ('vi', 'en')),
        changed_by  jsonb NOT NULL,
        changed_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (recipient, channel),
        CHECK (channel <> 'webhook' OR secret IS NOT NULL)
      )`);
    await q.query(`
      CREATE TABLE notifications (
        id           uuid PRIMARY KEY,
        recipient    text NOT NULL,
        template     text NOT NULL,
        proposal_id  uuid,
        data         jsonb NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX notifications_recipient ON notifications (recipient, created_at DESC)`);
    await q.query(`
      CREATE TABLE notification_reads (
        notification_id uuid NOT NULL REFERENCES notifications (id),
        reader_id       text NOT NULL,
        read_at         timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (notification_id, reader_id)
      )`);
    await q.query(`
      CREATE TABLE delivery_ledger (
        delivery_id   uuid PRIMARY KEY,
        channel       text NOT NULL,
        recipient     text NOT NULL,
        outcome       text NOT NULL CHECK (outcome IN ('delivered', 'skipped')),
        detail        text,
        recorded_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX outbox_enqueued ON outbox (enqueued_at) WHERE status = 'enqueued'`);
    await q.query(`CREATE INDEX outbox_failed ON outbox (created_at) WHERE status = 'failed'`);
    // Wakes relays at once; they also poll, so a missed NOTIFY costs latency only.
    await q.query(`
      CREATE FUNCTION outbox_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox', '');
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER outbox_notify AFTER INSERT ON outbox
        FOR EACH STATEMENT EXECUTE FUNCTION outbox_notify()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER outbox_notify ON outbox`);
    await q.query(`DROP FUNCTION outbox_notify()`);
    await q.query(`DROP INDEX outbox_failed`);
    await q.query(`DROP INDEX outbox_enqueued`);
    await q.query(`DROP TABLE delivery_ledger`);
    await q.query(`DROP TABLE notification_reads`);
    await q.query(`DROP TABLE notifications`);
    await q.query(`DROP TABLE notification_endpoints`);
  }
}
