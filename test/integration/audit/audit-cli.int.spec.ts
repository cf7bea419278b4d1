import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fingerprintOf } from '../../../src/config/audit.config';
import { eventStoreFixture } from '../../support/event-store-fixture';
import { startMailCatcher } from '../../support/mail-catcher';
import { dropScratchDatabase, tamperWith } from '../../support/scratch-database';
import { databaseUrlFor, TEST_HMAC_KEY } from '../../support/test-env';
import { deleteTail } from './chain-tamperings';
import { runCli } from './cli-runner';
import { changeData } from './row-tamperings';
import { seedStore, untilHorizonPassesEvents } from './seeded-store';
import { seededRandom } from './tampering-kit';

describe('cli audit', () => {
  const keys = generateKeyPairSync('ed25519');
  let database: string;
  let dir: string;
  let env: Record<string, string>;

  const audit = (args: string[], extra: Record<string, string> = {}) =>
    runCli(['audit', ...args], { ...env, ...extra });

  beforeAll(async () => {
    database = await seedStore('audit_cli', 20, 5);
    const f = await eventStoreFixture({ url: databaseUrlFor(database), poolSize: 1 });
    await untilHorizonPassesEvents(f.dataSource).finally(() => f.close());
    dir = await mkdtemp(join(tmpdir(), 'audit-cli-'));
    env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      DATABASE_URL: databaseUrlFor(database),
      EVENT_HMAC_KEY: TEST_HMAC_KEY.toString('hex'),
      // base64 PKCS#8, the one-line form an environment variable holds
      AUDIT_SIGNING_KEY: keys.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64'),
    };
  }, 120_000);

  afterAll(async () => {
    await dropScratchDatabase(database);
    await rm(dir, { recursive: true, force: true });
  });

  it('exits 0 or 1 as the record is intact or broken, naming the first broken link', async () => {
    const mail = await startMailCatcher();
    const checkpointFile = join(dir, 'checkpoint.json');
    const keyFile = join(dir, 'audit-key.pem');
    try {
      const [publicKey, issued] = await Promise.all([
        audit(['public-key']),
        audit(['checkpoint', '--out', checkpointFile], {
          SMTP_URL: mail.url,
          AUDIT_MAIL_TO: 'kiemtoan@example.vn',
        }),
      ]);
      expect(publicKey.code).toBe(0);
      expect(fingerprintOf(createPublicKey(publicKey.stdout))).toBe(fingerprintOf(keys.publicKey));
      await writeFile(keyFile, publicKey.stdout);
      expect(issued).toMatchObject({
        code: 0,
        stdout: expect.stringMatching(/: 100 events to position 100, /),
      });
      expect(mail.mails).toHaveLength(1);
      expect(mail.mails[0].raw).toContain('application/json');
    } finally {
      await mail.close();
    }

    const signed = JSON.parse(await readFile(checkpointFile, 'utf8'));
    expect(signed.checkpoint).toMatchObject({ eventCount: 100, globalPosition: 100, streamCount: 20 });
    const forgedFile = join(dir, 'forged.json');
    await writeFile(
      forgedFile,
      JSON.stringify({ ...signed, checkpoint: { ...signed.checkpoint, eventCount: 97 } }),
    );
    const intact = await Promise.all([
      audit(['verify']),
      audit(['verify', '--checkpoint', checkpointFile]),
      audit(['verify', '--checkpoint', forgedFile]),
    ]);
    expect(intact.map((r) => r.code)).toEqual([0, 0, 1]);
    expect(intact[0].stdout).toBe('intact: 100 events in 20 streams checked\n');
    expect(intact[1].stdout).toMatch(/^intact: 100 events in 20 streams checked against the checkpoint of /);
    expect(intact[2].stdout).toMatch(/^broken: .*reason checkpoint-rejected \(the signature does not verify/);

    // The last 3 events cut off and the heads rewritten: the chain alone cannot tell, the checkpoint can.
    await tamperWith(database, (rogue) => deleteTail(3).apply(rogue));
    const cut = await Promise.all([
      audit(['verify']),
      audit(['verify', '--checkpoint', checkpointFile, '--public-key', keyFile]),
    ]);
    expect(cut[0]).toMatchObject({ code: 0, stdout: 'intact: 97 events in 20 streams checked\n' });
    expect(cut[1].code).toBe(1);
    expect(cut[1].stdout).toMatch(
      /^broken: stream proposal-0019, version 3, position -, reason checkpoint-mismatch \(/,
    );

    await tamperWith(database, (rogue) => changeData('proposal-0007', 2, seededRandom(1)).apply(rogue));
    const edited = await audit(['verify', '--stream', 'proposal-0007']);
    expect(edited.code).toBe(1);
    expect(edited.stdout).toMatch(
      /^broken: stream proposal-0007, version 2, position \d+, reason hash-mismatch;/,
    );
  });

  it('exits 2 with the usage on bad arguments', async () => {
    const [unknownOption, noSubcommand] = await Promise.all([
      audit(['verify', '--colour', 'red']),
      audit([]),
    ]);
    expect(unknownOption).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/usage: cli audit verify/),
    });
    expect(noSubcommand).toMatchObject({ code: 2, stderr: expect.stringMatching(/usage: cli audit </) });
  });
});
