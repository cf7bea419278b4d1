import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Role } from '../../src/shared/domain/actor';
import type { CaughtMail } from './mail-catcher';
import type { TestApp } from './test-app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Where the Organization Board's e-mail goes in these tests. */
export const BOARD_MAILBOX = 'bantochuc@tinhuy.example.vn';

/**
 * The people of a notification journey (the Sở Nội vụ drafting, the Organization Board appraising, the
 * Sở Tài chính consulted, an admin) and the HTTP commands they send; each returns the supertest request.
 */
export const proposalActors = async (t: TestApp) => {
  const tokens: Record<string, string> = {};
  const persona = async (who: string, roles: Role[], orgUnit?: string, bodies: string[] = []) =>
    (tokens[who] = await t.token({ sub: `${who}-${randomUUID()}`, name: who, roles, orgUnit, bodies }));
  await persona('lead', ['submitter'], 'SNV');
  await persona('board', ['reviewer'], undefined, ['BTCTU']);
  await persona('finance', ['reviewer'], undefined, ['STC']);
  await persona('admin', ['admin']);
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const post = (who: string, id: string, action: string, body: object = {}) =>
    t.http().post(`/api/proposals/${id}/${action}`).set(as(who)).send(body);
  return {
    as,
    draft: (title: string) =>
      t
        .http()
        .post('/api/proposals')
        .set(as('lead'))
        .send({
          proposalType: 'internal-restructuring',
          title,
          summary: 'Giảm đầu mối',
          leadAgency: 'SNV',
          coordinatingAgencies: ['STC'],
          figures: {
            focalPoints: { before: 12, after: 10 },
            staffing: { before: 100, after: 90 },
            deputies: { before: 6, after: 4 },
          },
        }),
    attach: (id: string) =>
      t
        .http()
        .post(`/api/proposals/${id}/attachments`)
        .set(as('lead'))
        .field('kind', 'proposal')
        .attach('file', PDF, 'de-an.pdf'),
    submit: (id: string) => post('lead', id, 'submit'),
    approve: (id: string) => post('board', id, 'approve'),
    giveOpinion: (id: string) => post('finance', id, 'opinions', { body: 'STC', opinion: 'agree' }),
    requestRevision: (id: string) => post('board', id, 'request-revision', { reason: 'Bổ sung số liệu' }),
    withdraw: (id: string) => post('lead', id, 'withdraw', { reason: 'Không còn phù hợp' }),
    /** Registers the Organization Board's e-mail address, so its notifications go by e-mail as well. */
    registerBoardMailbox: () =>
      t
        .http()
        .put('/api/admin/notification-endpoints/BTCTU/email')
        .set(as('admin'))
        .send({ target: BOARD_MAILBOX })
        .expect(204),
    unregisterBoardMailbox: () =>
      t.http().delete('/api/admin/notification-endpoints/BTCTU/email').set(as('admin')),
  };
};

export interface DeliveryAudit {
  expected: { inApp: number; email: number; other: number };
  /** Due deliveries with no ledger entry, no in-app row or no e-mail. */
  missing: string[];
  /** Ledger entries and in-app rows beyond one per delivery. */
  extraLedger: number;
  extraInApp: number;
  /** E-mails beyond the first with the same Message-ID. */
  emailRepeats: number;
  /** Deliveries whose outbox row is not yet `delivered`. */
  unconfirmed: number;
  /** The due deliveries: outbox rows of the proposals whose time has come. */
  deliveryIds: string[];
}

const messageIdOf = (deliveryId: string) => `<${deliveryId}@restructuring-approvals>`;

/**
 * What was due for these proposals (their outbox rows whose time has come), against what happened:
 * the ledger, the in-app rows and the e-mails the mail catcher received for those proposals' deliveries.
 */
export const auditDeliveries = async (
  db: DataSource,
  proposalIds: string[],
  mails: CaughtMail[],
): Promise<DeliveryAudit> => {
  const due: { id: string; channel: string; status: string }[] = await db.query(
    `SELECT id, channel, status FROM outbox
      WHERE payload->'data'->>'proposalId' = ANY($1) AND available_at <= now()`,
    [proposalIds],
  );
  const ids = due.map((d) => d.id);
  const ledger: { delivery_id: string; n: string }[] = await db.query(
    `SELECT delivery_id, count(*) AS n FROM delivery_ledger WHERE delivery_id = ANY($1) GROUP BY 1`,
    [ids],
  );
  const inApp: { id: string; n: string }[] = await db.query(
    `SELECT id, count(*) AS n FROM notifications WHERE proposal_id = ANY($1) GROUP BY 1`,
    [proposalIds],
  );
  const sent = new Map<string, number>();
  for (const m of mails) {
    const id = m.header('message-id') ?? '';
    sent.set(id, (sent.get(id) ?? 0) + 1);
  }
  const inLedger = new Set(ledger.map((l) => l.delivery_id));
  const inAppIds = new Set(inApp.map((n) => n.id));
  const emailIds = new Set(due.filter((d) => d.channel === 'email').map((d) => messageIdOf(d.id)));
  const missing = due
    .filter(
      (d) =>
        !inLedger.has(d.id) ||
        (d.channel === 'in-app' && !inAppIds.has(d.id)) ||
        (d.channel === 'email' && !sent.has(messageIdOf(d.id))),
    )
    .map((d) => `${d.channel} ${d.id} (${d.status})`);
  return {
    expected: {
      inApp: due.filter((d) => d.channel === 'in-app').length,
      email: emailIds.size,
      other: due.filter((d) => d.channel !== 'in-app' && d.channel !== 'email').length,
    },
    missing,
    extraLedger: ledger.reduce((a, l) => a + Number(l.n) - 1, 0),
    extraInApp:
      inApp.reduce((a, n) => a + Number(n.n) - 1, 0) + inApp.filter((n) => !ids.includes(n.id)).length,
    emailRepeats: [...emailIds].reduce((a, id) => a + Math.max(0, (sent.get(id) ?? 0) - 1), 0),
    unconfirmed: due.filter((d) => d.status !== 'delivered').length,
    deliveryIds: ids,
  };
};

/** Polls `probe` until `done` holds of its result; returns that result, or throws with the last one. */
export const pollUntil = async <T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeoutMs: number,
  everyMs = 250,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}; last: ${JSON.stringify(value).slice(0, 3_000)}`,
      );
    await new Promise((r) => setTimeout(r, everyMs));
  }
};
