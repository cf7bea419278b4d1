import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CommandBus } from '@nestjs/cqrs';
import { ConcurrencyError } from '../../../src/event-store/event-store.errors';
import { ExecuteProposalCommand } from '../../../src/proposals/application/execute-proposal-command';
import { ProposalCommandPreparer } from '../../../src/proposals/application/proposal-command.preparer';
import type { Actor } from '../../../src/shared/domain/actor';
import { proposalStreamId } from '../../../src/proposals/application/proposal-stream';
import { proposalClient } from '../../support/proposal-client';
import { opensTransaction, recordStatementsSent } from '../../support/statements-sent';
import { startTestApp, type TestApp } from '../../support/test-app';

/**
 * A command that writes nothing but its events (no idempotency key, nothing stored while preparing)
 * reads its stream and commits the events, the read model's row and the outbox rows as one statement.
 */
describe('Proposal commands committed as one statement', () => {
  let t: TestApp;
  const client = proposalClient(() => t);
  const { post } = client;
  let sent: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    await client.cast('lead', 'board', 'finance', 'auditor');
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  /** What this process sends PostgreSQL while `work` runs (workers are off: only the request). */
  const recording = async <T>(work: () => Promise<T>): Promise<T> => {
    sent = recordStatementsSent();
    try {
      return await work();
    } finally {
      jest.restoreAllMocks();
    }
  };
  const db = <Row>(text: string, params: unknown[]) =>
    t.app.get(DataSource).query(text, params) as Promise<Row[]>;
  /** The stream's head, its read-model row, and the outbox rows of its events after version `since`. */
  const committed = async (id: string, since = 0) => {
    const [head] = await db<{ version: string }>('SELECT version FROM streams WHERE stream_id = $1', [
      proposalStreamId(id),
    ]);
    const [row] = await db<{ version: number; open_bodies: string[] }>(
      'SELECT version, open_bodies FROM proposals_v1 WHERE proposal_id = $1',
      [id],
    );
    const outbox = await db<{ type: string; recipient: string; channel: string; template: string }>(
      `SELECT e.type, o.recipient, o.channel, o.payload->>'template' AS template FROM outbox o JOIN events e ON e.event_id = o.event_id
        WHERE e.stream_id = $1 AND e.stream_version > $2`,
      [proposalStreamId(id), since],
    );
    return { stream: Number(head.version), readModel: row.version, openBodies: row.open_bodies, outbox };
  };

  it('approves with one read and one statement, and the read model and outbox come with it', async () => {
    const id = await client.submitted({ title: 'Sắp xếp phòng Vĩnh Thuận' });
    const before = await committed(id);
    await recording(() => post(id, 'approve', 'board').expect(200));

    expect(sent.filter((q) => opensTransaction(q))).toEqual([]);
    const reads = sent.filter((q) => q.includes('FROM events'));
    const appends = sent.filter((q) => q.includes('INSERT INTO events'));
    expect(reads).toHaveLength(1);
    expect(appends).toHaveLength(1);
    expect(appends[0]).toContain('INSERT INTO proposals_v1');
    expect(appends[0]).toContain('INSERT INTO outbox');

    const after = await committed(id, before.stream);
    expect(after.stream).toBeGreaterThan(before.stream);
    expect(after.readModel).toBe(after.stream);
    expect(after.openBodies).toEqual(['STC']);
    expect(after.outbox.length).toBeGreaterThan(0);
    expect(await client.inboxCount(id, 'finance')).toBe(1);
    expect(await client.inboxCount(id, 'board')).toBe(0);
  });

  it('creates a draft naming no units with one lookup of its agencies and one statement', async () => {
    const created = await recording(() =>
      client.draft('lead', { title: 'Sắp xếp phòng Đông Yên'.normalize('NFD') }).expect(201),
    );
    expect(sent.filter((q) => opensTransaction(q))).toEqual([]);
    const appends = sent.filter((q) => q.includes('INSERT INTO events'));
    expect(appends).toHaveLength(1);
    expect(appends[0]).toContain('INSERT INTO streams');
    expect(appends[0]).toContain('INSERT INTO proposals_v1');
    expect(sent.filter((q) => q.includes('FROM agencies'))).toHaveLength(1);
    const id = created.body.proposalId as string;
    const after = await committed(id);
    expect(after.stream).toBe(1);
    expect(after.readModel).toBe(1);
    expect((await client.detail(id, 'lead')).proposal.title).toBe('Sắp xếp phòng Đông Yên'.normalize('NFC'));
  });

  it('keeps the transaction for a command with an idempotency key, and replays its answer', async () => {
    const id = await client.submitted({ title: 'Sắp xếp phòng Hòa Bình'.normalize('NFD') });
    const key = randomUUID();
    const first = await recording(() => post(id, 'approve', 'board').set('Idempotency-Key', key).expect(200));
    expect(sent.some((q) => opensTransaction(q))).toBe(true);
    const again = await post(id, 'approve', 'board').set('Idempotency-Key', key).expect(200);
    expect(again.body).toEqual(first.body);
    const after = await committed(id);
    expect(after.readModel).toBe(after.stream);
  });

  it('lets one of ten approvals racing from the same read win; the others are refused and leave no trace', async () => {
    const id = await client.submitted({ title: 'Sắp xếp phòng Đông Yên' });
    const before = await committed(id);
    const board: Actor = { id: client.idOf('board'), name: 'board', roles: ['reviewer'], bodies: ['BTCTU'] };
    const approve = () =>
      t.app
        .get(CommandBus)
        .execute(
          new ExecuteProposalCommand(
            id,
            { type: 'ApproveStage', data: { comment: null } },
            board,
            randomUUID(),
          ),
        );
    // Each waits, after reading and before deciding, until all ten have read the same head.
    const preparer = t.app.get(ProposalCommandPreparer);
    const prepare = preparer.prepare.bind(preparer);
    let arrived = 0;
    let heldWhileDeciding = -1;
    const pool = (
      t.app.get(DataSource).driver as unknown as { master: { totalCount: number; idleCount: number } }
    ).master;
    const checkedOut = () => pool.totalCount - pool.idleCount;
    let allRead: () => void = () => undefined;
    const everyoneRead = new Promise<void>((resolve) => (allRead = resolve));
    jest.spyOn(preparer, 'prepare').mockImplementation(async (...args) => {
      if (++arrived === 10) {
        heldWhileDeciding = checkedOut();
        allRead();
      }
      let timer: NodeJS.Timeout | undefined;
      const stuck = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('not all ten read the stream')), 10_000);
      });
      await Promise.race([everyoneRead, stuck]).finally(() => clearTimeout(timer));
      return prepare(...args);
    });
    const results = await Promise.allSettled(Array.from({ length: 10 }, approve));
    jest.restoreAllMocks();
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const r of refused) expect(r.reason).toBeInstanceOf(ConcurrencyError);
    // Each held its connection from its read to its append: it queued for the pool once.
    expect(heldWhileDeciding).toBe(10);
    const after = await committed(id, before.stream);
    expect(after.stream).toBeGreaterThan(before.stream);
    expect(after.readModel).toBe(after.stream);
    const approvals = await db<{ n: string }>(
      `SELECT count(*) AS n FROM events WHERE stream_id = $1 AND type = 'StageApproved'`,
      [proposalStreamId(id)],
    );
    expect(Number(approvals[0].n)).toBe(1);
    // The winner's notifications only: one per recipient, channel and template, none from a refused approval.
    const deliveries = after.outbox.map((o) => `${o.type} ${o.recipient} ${o.channel} ${o.template}`);
    expect(deliveries.length).toBeGreaterThan(0);
    expect(new Set(deliveries).size).toBe(deliveries.length);
    const orphans = await db<{ n: string }>(
      `SELECT count(*) AS n FROM outbox o
        WHERE o.payload->'data'->>'proposalId' = $1
          AND NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = o.event_id)`,
      [id],
    );
    expect(Number(orphans[0].n)).toBe(0);
  });
});
