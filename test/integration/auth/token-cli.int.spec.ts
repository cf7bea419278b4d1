import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { decodeProtectedHeader } from 'jose';
import { TokenVerifier } from '../../../src/auth/token-verifier';
import { loadConfig } from '../../../src/config/config';

const ROOT = join(__dirname, '../../..');
const SECRET = 'token-cli-test-secret-0123456789abcdef';
const JWT = /^[\w-]+\.[\w-]+\.[\w-]+$/;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node -r @swc-node/register src/cli.ts ...args` with only the auth variables we choose. */
const cli = (args: string[], env: Record<string, string> = {}): Promise<Run> => {
  const { JWKS_URL: _j, JWT_ISSUER: _i, JWT_AUDIENCE: _a, ...inherited } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['-r', '@swc-node/register', 'src/cli.ts', ...args],
      { cwd: ROOT, env: { ...inherited, NODE_ENV: 'test', JWT_SECRET: SECRET, ...env } },
      (err, stdout, stderr) => resolve({ code: err ? (err.code as number) : 0, stdout, stderr }),
    );
  });
};

describe('cli token', () => {
  it('prints exactly one signed token that the service accepts', async () => {
    const run = await cli([
      'token',
      '--sub',
      'u-42',
      '--name',
      'Phạm Thu Hà',
      '--roles',
      'reviewer,committee-secretary',
      '--org-unit',
      'SNV-HN',
      '--bodies',
      'HDND-HN,UBND-HN',
      '--expires-in',
      '2h',
    ]);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout.endsWith('\n')).toBe(true);
    const token = run.stdout.trimEnd();
    expect(token).toMatch(JWT);
    expect(decodeProtectedHeader(token).alg).toBe('HS256');

    const verifier = new TokenVerifier(loadConfig({ NODE_ENV: 'test', JWT_SECRET: SECRET }));
    expect(await verifier.verify(token)).toEqual({
      id: 'u-42',
      name: 'Phạm Thu Hà',
      roles: ['reviewer', 'committee-secretary'],
      orgUnit: 'SNV-HN',
      bodies: ['HDND-HN', 'UBND-HN'],
    });
    const { exp, iat } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
    expect(exp - iat).toBe(2 * 3600);
  });

  it('exits 2 with the usage on an unknown role, without printing a token', async () => {
    const run = await cli(['token', '--sub', 'u-1', '--name', 'A', '--roles', 'reviewer,superuser']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/unknown role: superuser/);
    expect(run.stderr).toMatch(/usage: cli token/);
  });

  it('exits 2 with the usage on missing or unknown arguments', async () => {
    const runs = await Promise.all([
      cli(['token', '--name', 'A', '--roles', 'admin']),
      cli(['token', '--sub', 'u-1', '--name', 'A', '--roles', 'admin', '--colour', 'red']),
      cli(['token', '--sub', 'u-1', '--name', 'A', '--roles', 'admin', '--expires-in', 'soon']),
    ]);
    for (const run of runs)
      expect(run).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/usage/) });
  });
});
