import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CHANNELS, TEMPLATES } from '../../../src/notifications/delivery';
import { deliveryIdOf } from '../../../src/notifications/outbox/delivery-id';
import { TEST_DATABASE_URL } from '../../support/test-env';

const V5_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Recipients as routing names them: bodies, agencies, people, with Vietnamese typed NFC and NFD. */
const RECIPIENTS = [
  'BTCTU',
  'STC',
  'bench-btvtu-1',
  'Nguyễn Thị Hòa',
  'Nguyễn Thị Hòa'.normalize('NFD'),
  'Vĩnh Thuận',
  'Đông Yên',
  'a|b',
];

/** The outbox statement makes ids in SQL (delivery_id_of) that the rest of the service makes in TypeScript. */
describe('delivery_id_of, the SQL twin of deliveryIdOf', () => {
  let client: Client;

  beforeAll(async () => {
    client = new Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
  });
  afterAll(() => client.end());

  it('gives the same id as deliveryIdOf for every channel, template and recipient', async () => {
    // Given every channel and template, recipients with and without diacritics, and fresh event ids
    const cases = CHANNELS.flatMap((channel) =>
      TEMPLATES.flatMap((template) =>
        RECIPIENTS.map((recipient) => ({ eventId: randomUUID(), recipient, channel, template })),
      ),
    );
    // When PostgreSQL computes their ids
    const { rows } = await client.query<{ id: string }>(
      `SELECT delivery_id_of(c->>'eventId', c->>'recipient', c->>'channel', c->>'template')::text AS id
         FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(c, n)
        ORDER BY n`,
      [JSON.stringify(cases)],
    );
    // Then each is TypeScript's, a version-5 shaped UUID, and no two cases share one
    expect(rows.map((r) => r.id)).toEqual(
      cases.map((c) => deliveryIdOf(c.eventId, c.recipient, c.channel, c.template)),
    );
    expect(rows.every((r) => V5_UUID.test(r.id))).toBe(true);
    expect(new Set(rows.map((r) => r.id)).size).toBe(cases.length);
  });

  it('tells NFC and NFD spellings of a recipient apart, as deliveryIdOf does', async () => {
    const eventId = randomUUID();
    const { rows } = await client.query<{ nfc: string; nfd: string }>(
      `SELECT delivery_id_of($1, $2, 'email', 'stage-opened')::text AS nfc,
              delivery_id_of($1, $3, 'email', 'stage-opened')::text AS nfd`,
      [eventId, 'Đông Yên', 'Đông Yên'.normalize('NFD')],
    );
    expect(rows[0].nfc).toBe(deliveryIdOf(eventId, 'Đông Yên', 'email', 'stage-opened'));
    expect(rows[0].nfd).toBe(deliveryIdOf(eventId, 'Đông Yên'.normalize('NFD'), 'email', 'stage-opened'));
    expect(rows[0].nfc).not.toBe(rows[0].nfd);
  });
});
