import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CheckpointSigner } from '../../../src/audit/checkpoints/checkpoint-signer';
import { currentTransactionHorizon, snapshotBelow } from '../../../src/audit/checkpoints/store-snapshot';
import { verifyExport } from '../../../src/audit/export/export-verifier';
import { EventHasher } from '../../../src/event-store/event-hasher';
import type { Role } from '../../../src/shared/domain/actor';
import { runCli } from '../../support/cli-process';
import { startTestApp, type TestApp } from '../../support/test-app';
import { TEST_HMAC_KEY } from '../../support/test-env';
import { untilHorizonPassesEvents } from '../../support/transaction-horizon';

const figures = {
  focalPoints: { before: 12, after: 10 },
  staffing: { before: 100, after: 90 },
  deputies: { before: 6, after: 4 },
};

/** Removes the last event line a checkpoint covers, then rewrites the trailer so only the checkpoint can tell. */
const withoutCoveredTail = (ndjson: string, horizon: string): string => {
  const lines = ndjson.trimEnd().split('\n');
  const trailer = JSON.parse(lines.pop()!);
  const lastCovered = lines
    .map((l) => JSON.parse(l))
    .findLastIndex((e) => BigInt(e.transactionId) < BigInt(horizon));
  lines.splice(lastCovered, 1);
  const { createHash } = jest.requireActual<typeof import('node:crypto')>('node:crypto');
  const sha = createHash('sha256');
  for (const line of lines) sha.update(`${line}\n`);
  return `${[...lines, JSON.stringify({ ...trailer, count: lines.length, sha256: sha.digest('hex') })].join('\n')}\n`;
};

describe('Audit exports an auditor checks offline', () => {
  let t: TestApp;
  let dir: string;
  const tokens: Record<string, string> = {};
  const as = (who: string) => ({ Authorization: `Bearer ${tokens[who]}` });
  const persona = async (who: string, roles: Role[], orgUnit?: string) =>
    (tokens[who] = await t.token({ sub: `${who}-${randomUUID()}`, name: who, roles, orgUnit, bodies: [] }));

  beforeAll(async () => {
    t = await startTestApp();
    dir = mkdtempSync(join(tmpdir(), 'ra-export-'));
    await persona('lead', ['submitter'], 'SNV');
    await persona('auditor', ['auditor']);
    const { body } = await t
      .http()
      .post('/api/proposals')
      .set(as('lead'))
      .send({
        proposalType: 'internal-restructuring',
        title: '=HYPERLINK("http://example.org") Sắp xếp phòng Vĩnh Thuận',
        summary: '+1 cấp phó',
        leadAgency: 'SNV',
        coordinatingAgencies: ['STC'],
        figures,
      })
      .expect(201);
    await t
      .http()
      .patch(`/api/proposals/${body.proposalId}`)
      .set(as('lead'))
      .send({ summary: '@giảm' })
      .expect(200);
  });
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const exportAs = async (who: string, query = '') => {
    await untilHorizonPassesEvents(t.app.get(DataSource)); // an export holds only finished transactions
    return t
      .http()
      .get(`/api/audit/export${query}`)
      .set(as(who))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = []; // decoded at the end: a chunk may split a multi-byte character
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
      });
  };

  it('streams NDJSON whose trailer, links and keyed hashes verify, and fails on a one-byte change', async () => {
    const res = await exportAs('auditor');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/x-ndjson');
    const ndjson = res.body as string;
    const hasher = new EventHasher(TEST_HMAC_KEY);
    const intact = verifyExport(ndjson, { hasher });
    expect(intact).toMatchObject({ ok: true, problem: null });
    expect(intact.events).toBeGreaterThan(1);

    const file = join(dir, 'events.ndjson');
    writeFileSync(file, ndjson);
    const env = { EVENT_HMAC_KEY: TEST_HMAC_KEY.toString('hex') };
    const ok = await runCli(['audit', 'verify-export', file], env);
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringContaining('every hash recomputed')]);

    const at = ndjson.indexOf('Vĩnh Thuận');
    const flipped = Buffer.from(ndjson);
    flipped[at] ^= 0x01; // one byte
    writeFileSync(file, flipped);
    const broken = await runCli(['audit', 'verify-export', file], env);
    expect([broken.code, broken.stdout]).toEqual([1, expect.stringContaining('export broken')]);
  });

  it('proves with a signed checkpoint that no covered event went missing, even with a rewritten trailer', async () => {
    const db = t.app.get(DataSource);
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const snapshot = await snapshotBelow(db, await currentTransactionHorizon(db));
    const signed = new CheckpointSigner(privateKey, publicKey).sign(snapshot, new Date());
    const checkpointFile = join(dir, 'checkpoint.json');
    const keyFile = join(dir, 'audit-public.pem');
    writeFileSync(checkpointFile, JSON.stringify(signed));
    writeFileSync(keyFile, publicKey.export({ type: 'spki', format: 'pem' }));

    const ndjson = (await exportAs('auditor')).body as string;
    const file = join(dir, 'covered.ndjson');
    writeFileSync(file, ndjson);
    const args = ['audit', 'verify-export', file, '--checkpoint', checkpointFile, '--public-key', keyFile];
    const ok = await runCli(args);
    expect([ok.code, ok.stdout]).toEqual([0, expect.stringContaining('checkpoint matched')]);

    const truncated = withoutCoveredTail(ndjson, signed.checkpoint.transactionHorizon);
    expect(verifyExport(truncated).ok).toBe(true); // the trailer alone is fooled
    writeFileSync(file, truncated);
    const caught = await runCli(args);
    expect([caught.code, caught.stdout]).toEqual([1, expect.stringContaining('checkpoint mismatch')]);
  });

  it('writes CSV that a spreadsheet cannot run as formulas', async () => {
    const res = await exportAs('auditor', '?format=csv');
    expect(res.status).toBe(200);
    const csv = res.body as string;
    expect(csv.split('\r\n')[0]).toBe(
      'position,transactionId,streamId,version,eventId,type,schemaVersion,recordedAt,previousHash,hash,data,metadata',
    );
    const cells = csv.match(/(?<=^|,)"(?:[^"]|"")*"/gm) ?? [];
    expect(cells.length).toBeGreaterThan(12);
    for (const cell of cells) expect(cell).not.toMatch(/^"[=+\-@]/);
  });

  it('records who exported what, and refuses everyone but auditors and admins', async () => {
    await exportAs('auditor', '?from=2020-01-01T00:00:00Z&to=2100-01-01T00:00:00Z').then((r) =>
      expect(r.status).toBe(200),
    );
    const rows: { actor: { name: string; via: string }; scope: { from: string } }[] = await t.app
      .get(DataSource)
      .query(`SELECT actor, scope FROM audit_access_log WHERE action = 'export' ORDER BY id DESC LIMIT 1`);
    expect(rows[0]).toMatchObject({
      actor: { name: 'auditor', via: 'http' },
      scope: { from: '2020-01-01T00:00:00Z' },
    });
    expect((await exportAs('lead')).status).toBe(403);
    expect((await exportAs('auditor', '?from=yesterday')).status).toBe(400);
  });
});
