import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ACTION_PROGRAM_18 } from '../../../src/program/data/action-program';
import { runCli } from '../../support/cli-process';
import { startTestApp, type TestApp } from '../../support/test-app';
import { TEST_DATABASE_URL, TEST_HMAC_KEY } from '../../support/test-env';
import { programJourneys } from './program-journeys';
import {
  expectWorkbookToMatch,
  implementedCutIn,
  progressOf,
  readBetweenEqualProgress,
  sheetsOf,
} from './report-fixture';

// An Minh (909): no other test file puts proposals there.
const DISTRICT = '909';
const env = { DATABASE_URL: TEST_DATABASE_URL, EVENT_HMAC_KEY: TEST_HMAC_KEY.toString('hex') };

describe('npm run -s cli -- report --out FILE [--format html|csv|xlsx]', () => {
  let t: TestApp;
  let j: ReturnType<typeof programJourneys>;
  let dir: string;

  beforeAll(async () => {
    t = await startTestApp();
    j = programJourneys(t);
    await j.setup();
    await implementedCutIn(j, DISTRICT, 'CLI');
    dir = await mkdtemp(join(tmpdir(), 'progress-report-'));
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the workbook GET /api/progress would give, the format taken from the extension', async () => {
    const file = join(dir, 'bao-cao.xlsx');
    const { report, read: run } = await readBetweenEqualProgress(
      () => progressOf(t, j),
      () => runCli(['report', '--out', file], env),
    );
    expect(run).toMatchObject({ code: 0, stderr: expect.stringContaining(`wrote ${file} (xlsx`) });
    expectWorkbookToMatch(await sheetsOf(await readFile(file)), report);
  });

  it('writes CSV and HTML too, and --format wins over the extension', async () => {
    const csv = join(dir, 'bao-cao.csv');
    expect((await runCli(['report', '--out', csv], env)).code).toBe(0);
    const lines = (await readFile(csv, 'utf8')).split('\r\n');
    expect(lines.filter((line) => line.startsWith('chi_tieu,'))).toHaveLength(
      ACTION_PROGRAM_18.targets.length,
    );

    const html = join(dir, 'bao-cao.txt');
    expect((await runCli(['report', '--out', html, '--format', 'html'], env)).code).toBe(0);
    expect(await readFile(html, 'utf8')).toContain(
      '<h1>Báo cáo tiến độ thực hiện Chương trình hành động</h1>',
    );
  });

  it('refuses, with usage and exit code 2, a file whose format it cannot tell', async () => {
    const run = await runCli(['report', '--out', join(dir, 'bao-cao.pdf')], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('give --format');
    expect((await runCli(['report'], env)).stderr).toContain('--out is required');
  });
});
