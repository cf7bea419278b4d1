import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { verifyWebhookSignature } from '../../../src/notifications/channels/webhook.sender';
import { startMailCatcher } from '../../support/mail-catcher';
import { MovableClock } from '../../support/movable-clock';
import { proposalClient } from '../../support/proposal-client';
import { startTestApp, type TestApp } from '../../support/test-app';
import { eventually, startWebhookReceiver } from '../../support/webhook-receiver';

const SECRET = 'webhook-secret-of-the-organization-board-0123456789';
const FAST = { RUN_WORKERS: 'true', RELAY_POLL_MS: '200', DELIVERY_BACKOFF_MS: '100' };

interface Notification {
  id: string;
  template: string;
  proposalId: string;
  read: boolean;
  data: { stageId?: string };
}

/** The people, a proposal drafted and submitted by the Sở Nội vụ, and the notifications someone sees. */
const workflow = (t: () => TestApp) => {
  const client = proposalClient(t);
  const notificationsOf = async (who: string, proposalId: string): Promise<Notification[]> =>
    (await t().http().get(`/api/notifications?proposalId=${proposalId}`).set(client.as(who)).expect(200))
      .body as Notification[];
  return { ...client, submit: (title: string) => client.submitted({ title }), notificationsOf };
};

describe('Notifications of a submission', () => {
  let t: TestApp;
  const w = workflow(() => t);
  let mail: Awaited<ReturnType<typeof startMailCatcher>>;
  let hooks: Awaited<ReturnType<typeof startWebhookReceiver>>;

  let webhookStatus = 204;

  beforeAll(async () => {
    mail = await startMailCatcher();
    hooks = await startWebhookReceiver(() => webhookStatus);
    t = await startTestApp({ env: { ...FAST, SMTP_URL: mail.url, WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' } });
    await w.cast('lead', 'board', 'admin');
    await t
      .http()
      .put('/api/admin/notification-endpoints/BTCTU/email')
      .set(w.as('admin'))
      .send({ target: 'bantochuc@tinhuy.example.vn' })
      .expect(204);
    await t
      .http()
      .put('/api/admin/notification-endpoints/BTCTU/webhook')
      .set(w.as('admin'))
      .send({ target: hooks.url, secret: SECRET })
      .expect(204);
  });
  afterAll(async () => {
    for (const channel of ['email', 'webhook'])
      await t.http().delete(`/api/admin/notification-endpoints/BTCTU/${channel}`).set(w.as('admin'));
    await t.close();
    await Promise.all([mail.close(), hooks.close()]);
  });

  it('sends the Organization Board one e-mail, one in-app notification and one signed webhook', async () => {
    const title = 'Sắp xếp các phòng thuộc Sở Nội vụ Vĩnh Thuận';
    const id = await w.submit(title);
    const mails = () => mail.mails.filter((m) => m.subject.includes(title));
    const hooksFor = () =>
      hooks.received.filter((h) => (h.body.data as { proposalId: string }).proposalId === id);
    await eventually(async () => mails().length > 0 && hooksFor().length > 0, 'the e-mail and the webhook');
    await eventually(
      async () => (await w.notificationsOf('board', id)).length > 0,
      'the in-app notification',
    );
    await new Promise((r) => setTimeout(r, 1_500)); // a doubled delivery would arrive by now

    const [email] = mails();
    expect(mails()).toHaveLength(1);
    expect(email.to).toEqual(['bantochuc@tinhuy.example.vn']);
    expect(email.subject).toContain('Đề án');
    const db = t.app.get(DataSource);
    const [row]: { id: string }[] = await db.query(
      `SELECT id FROM outbox WHERE channel = 'email' AND payload->>'template' = 'stage-opened'
          AND payload->'data'->>'proposalId' = $1`,
      [id],
    );
    expect(email.header('message-id')).toBe(`<${row.id}@restructuring-approvals>`);

    expect(hooksFor()).toHaveLength(1);
    const [hook] = hooksFor();
    expect(hook.body).toMatchObject({ template: 'stage-opened', recipient: 'BTCTU' });
    const timestamp = String(hook.headers['x-signature-timestamp']);
    expect(verifyWebhookSignature(SECRET, timestamp, hook.rawBody, String(hook.headers['x-signature']))).toBe(
      true,
    );
    expect(
      verifyWebhookSignature(SECRET, timestamp, `${hook.rawBody} `, String(hook.headers['x-signature'])),
    ).toBe(false);

    const inApp = await w.notificationsOf('board', id);
    expect(inApp.map((n) => n.template)).toEqual(['stage-opened']);
    const ledger: { n: string }[] = await db.query(
      `SELECT count(*) AS n FROM delivery_ledger l JOIN outbox o ON o.id = l.delivery_id
        WHERE o.payload->'data'->>'proposalId' = $1`,
      [id],
    );
    expect(Number(ledger[0].n)).toBe(3);
  });

  it('marks a notification read for the reader only, unread first, and hides it from others', async () => {
    const id = await w.submit('Hợp nhất phòng Đông Yên');
    await eventually(
      async () => (await w.notificationsOf('board', id)).length > 0,
      'the in-app notification',
    );
    const [n] = await w.notificationsOf('board', id);
    await t.http().post(`/api/notifications/${n.id}/read`).set(w.as('lead')).expect(404);
    await t.http().post(`/api/notifications/${n.id}/read`).set(w.as('board')).expect(204);
    expect((await w.notificationsOf('board', id))[0].read).toBe(true);
    const all = (await t.http().get('/api/notifications?limit=200').set(w.as('board')).expect(200))
      .body as Notification[];
    const firstRead = all.findIndex((x) => x.read);
    if (firstRead >= 0) expect(all.slice(firstRead).every((x) => x.read)).toBe(true); // else: all unread, first
    const colleague = await t.token({
      sub: `board-2-${randomUUID()}`,
      name: 'b2',
      roles: ['reviewer'],
      bodies: ['BTCTU'],
    });
    const theirs = (
      await t
        .http()
        .get('/api/notifications')
        .set({ Authorization: `Bearer ${colleague}` })
    ).body;
    expect(theirs.find((x: Notification) => x.id === n.id).read).toBe(false);
  });

  it('parks a webhook the receiver keeps refusing in the failed set, and an admin retry delivers it', async () => {
    webhookStatus = 503;
    const id = await w.submit('Sáp nhập phòng thuộc Sở Nội vụ Hòa Bình');
    type Delivery = { deliveryId: string; channel: string; attempts: number; lastError: string | null };
    const failedHook = async () =>
      (
        (await t.http().get('/api/admin/deliveries?status=failed').set(w.as('admin')).expect(200))
          .body as Delivery[]
      ).find(
        (d) =>
          d.channel === 'webhook' &&
          hooks.received.some(
            (h) =>
              h.body.deliveryId === d.deliveryId && (h.body.data as { proposalId: string }).proposalId === id,
          ),
      );
    await eventually(async () => (await failedHook()) !== undefined, 'the failed webhook', 60_000);
    const failed = (await failedHook())!;
    expect(failed.lastError).toContain('503');
    const tries = hooks.received.filter((h) => h.body.deliveryId === failed.deliveryId).length;
    expect(tries).toBe(6); // DELIVERY_ATTEMPTS

    webhookStatus = 204;
    await t.http().post(`/api/admin/deliveries/${failed.deliveryId}/retry`).set(w.as('admin')).expect(202);
    await t.http().post(`/api/admin/deliveries/${failed.deliveryId}/retry`).set(w.as('admin')).expect(409);
    await eventually(
      async () => hooks.received.filter((h) => h.body.deliveryId === failed.deliveryId).length === tries + 1,
      'the retried webhook',
    );
    const db = t.app.get(DataSource);
    await eventually(async () => {
      const [row]: { status: string }[] = await db.query('SELECT status FROM outbox WHERE id = $1', [
        failed.deliveryId,
      ]);
      return row.status === 'delivered';
    }, 'the delivery confirmed');
  });

  it.each([
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data'],
    ['a private address', 'http://10.0.0.5/hook'],
    ['loopback by name, when only 127.0.0.1 is allow-listed', 'http://localhost:8080/hook'],
    ['a non-HTTP scheme', 'ftp://example.org/hook'],
  ])('refuses a webhook pointing at %s with 422 and registers nothing', async (_, target) => {
    const res = await t
      .http()
      .put('/api/admin/notification-endpoints/SYT/webhook')
      .set(w.as('admin'))
      .send({ target, secret: SECRET });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'ENDPOINT.URL_REFUSED', errors: [{ field: 'target' }] });
    const list = await t.http().get('/api/admin/notification-endpoints').set(w.as('admin')).expect(200);
    expect(list.body.filter((e: { recipient: string }) => e.recipient === 'SYT')).toEqual([]);
  });

  it('keeps endpoints and the delivery ledger to admins', async () => {
    await t.http().get('/api/admin/notification-endpoints').set(w.as('board')).expect(403);
    await t.http().get('/api/admin/deliveries?status=failed').set(w.as('lead')).expect(403);
    await t.http().get('/admin/queues').set(w.as('board')).expect(403);
    await t.http().get('/admin/queues').expect(401);
    await t.http().get('/admin/queues').set(w.as('admin')).expect(200);
  });
});

describe('Reminders and escalations on the working-day calendar', () => {
  // Friday 9 February 2018, 10:00 in Hà Nội: the appraisal (10 working days) spans Tết (14–20 February).
  const clock = new MovableClock('2018-02-09T03:00:00.000Z');
  let t: TestApp;
  const w = workflow(() => t);

  beforeAll(async () => {
    t = await startTestApp({ env: FAST, clock });
    await w.cast('lead', 'board', 'office');
  });
  afterAll(() => t.close());

  const chasers = async (who: string, id: string) =>
    (await w.notificationsOf(who, id))
      .filter((n) => n.data.stageId === 'appraisal' && n.template !== 'stage-opened')
      .map((n) => n.template)
      .sort();

  it('is due on 2 March 2018, reminds on 1 March, escalates on 5 March, once each; not after the stage closed', async () => {
    const open = await w.submit('Sắp xếp phòng thuộc Sở Nội vụ Hòa Thuận');
    const closed = await w.submit('Sắp xếp phòng thuộc Sở Nội vụ Vĩnh Hòa');
    const detail = await t.http().get(`/api/proposals/${open}`).set(w.as('lead')).expect(200);
    expect(JSON.stringify(detail.body)).toContain('"dueOn":"2018-03-02"');
    await w.post(closed, 'approve', 'board').expect(200);

    clock.set('2018-02-28T10:00:00.000Z'); // before the reminder
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await chasers('board', open)).toEqual([]);

    clock.set('2018-03-01T01:00:00.000Z');
    await eventually(async () => (await chasers('board', open)).length === 1, 'the reminder');
    expect(await chasers('board', open)).toEqual(['stage-reminder']);

    clock.set('2018-03-05T01:00:00.000Z');
    await eventually(async () => (await chasers('office', open)).length === 1, 'the escalation');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await chasers('board', open)).toEqual(['stage-escalation', 'stage-reminder']);
    expect(await chasers('office', open)).toEqual(['stage-escalation']);

    expect(await chasers('board', closed)).toEqual([]);
    expect(await chasers('office', closed)).toEqual([]);
    const skipped: { n: string }[] = await t.app.get(DataSource).query(
      `SELECT count(*) AS n FROM delivery_ledger l JOIN outbox o ON o.id = l.delivery_id
        WHERE o.payload->'data'->>'proposalId' = $1 AND l.outcome = 'skipped'`,
      [closed],
    );
    expect(Number(skipped[0].n)).toBe(3); // reminder to BTCTU, escalations to BTCTU and VPTU
  });
});
