import type { DataSource } from 'typeorm';
import type { CaughtMail } from './mail-catcher';
import { proposalClient } from './proposal-client';
import type { TestApp } from './test-app';

/** Where the Organization Board's e-mail goes in these tests. */
export const BOARD_MAILBOX = 'bantochuc@tinhuy.example.vn';

/**
 * The people of a notification journey (the Sở Nội vụ drafting, the Organization Board appraising, the
 * Sở Tài chính consulted, an admin) and the HTTP commands they send; each returns the supertest request.
 */
export const proposalActors = async (t: TestApp) => {
  const { as, cast, post, draft, attachProposal } = proposalClient(() => t);
  await cast('lead', 'board', 'finance', 'admin');
  return {
    as,
    draft: (title: string) => draft('lead', { title }),
    attach: (id: string) => attachProposal(id, 'lead'),
    submit: (id: string) => post(id, 'submit', 'lead'),
    approve: (id: string) => post(id, 'approve', 'board'),
    giveOpinion: (id: string) => post(id, 'opinions', 'finance', { body: 'STC', opinion: 'agree' }),
    requestRevision: (id: string) => post(id, 'request-revision', 'board', { reason: 'Bổ sung số liệu' }),
    withdraw: (id: string) => post(id, 'withdraw', 'lead', { reason: 'Không còn phù hợp' }),
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
