import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { cliEnv } from './replay-app';
import { startReplayStore, type ReplayStore } from './replay-store';

const ROOT = join(__dirname, '../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe('cli replay', () => {
  let s: ReplayStore & { drop(): Promise<void> };
  let url: string;
  let id: string;

  /** `node -r @swc-node/register src/cli.ts replay ...` on the scratch database, as an operator runs it. */
  const cli = (...args: string[]): Promise<Run> =>
    new Promise((resolve) => {
      execFile(
        process.execPath,
        ['-r', '@swc-node/register', 'src/cli.ts', 'replay', ...args],
        { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...cliEnv(url) } },
        (err, stdout, stderr) => resolve({ code: err ? (err.code as number) : 0, stdout, stderr }),
      );
    });

  beforeAll(async () => {
    s = await startReplayStore('replay_cli');
    url = s.dataSource.options.type === 'postgres' ? String(s.dataSource.options.url) : '';
    id = await s.draft();
    await s.editTitle(id, 'Sắp xếp phòng Vĩnh Hòa');
    await s.draft();
  });
  afterAll(() => s?.drop());

  it('exits 0 with a summary when nothing drifted', async () => {
    const run = await cli('--check', '--batch-size', '2');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(
      /^no drift: 3 events replayed in \d+ pages; proposals_v1 2 rows, 0 differences; merger_reservations 0 rows, 0 differences$/m,
    );
  });

  it('exits 1 naming the drifted row and field, and a replay without --check repairs it', async () => {
    await s.dataSource.query(`UPDATE proposals_v1 SET version = 7 WHERE proposal_id = $1`, [id]);
    const found = await cli('--check');
    expect(found.code).toBe(1);
    expect(found.stdout).toContain(`drift proposals_v1 {"proposal_id": "${id}"} version: live 7, rebuilt 2`);
    expect(found.stdout).toMatch(/^1 differences: /m);

    const repaired = await cli();
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toMatch(/^rebuilt and swapped in \(1 differences repaired\)/m);
    expect((await cli('--check')).code).toBe(0);
  });

  it('exits 2 with its usage on a wrong argument', async () => {
    const run = await cli('--batch-size', 'zero');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: cli replay [--check] [--batch-size N]');
  });
});
