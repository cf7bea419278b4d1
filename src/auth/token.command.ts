import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config';
import { ROLES, type Role } from '../shared/domain/actor';
import { signToken } from './sign-token';
import type { TokenClaims } from './token-claims';

export const TOKEN_USAGE = `usage: cli token --sub ID --name NAME --roles ROLE[,ROLE...] [--org-unit CODE] [--bodies B1,B2] [--expires-in 8h]
  prints an HS256 bearer token signed with JWT_SECRET (or the development secret) and nothing else
  roles: ${ROLES.join(', ')}
  expires-in: a number and s, m, h, d or w (default 8h)`;

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/** The token's claims and lifetime, or why the arguments are wrong. */
export const parseTokenArgs = (
  args: string[],
): { claims: TokenClaims; expiresIn: string } | { error: string } => {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        sub: { type: 'string' },
        name: { type: 'string' },
        roles: { type: 'string' },
        'org-unit': { type: 'string' },
        bodies: { type: 'string' },
        'expires-in': { type: 'string', default: '8h' },
      },
    }));
  } catch (err) {
    return { error: err instanceof Error ? err.message : String(err) };
  }
  const { sub, name, 'org-unit': orgUnit, 'expires-in': expiresIn } = values;
  const roles = list(values.roles);
  if (!sub?.trim() || !name?.trim() || roles.length === 0)
    return { error: '--sub, --name and --roles are required' };
  const unknown = roles.filter((role) => !isRole(role));
  if (unknown.length > 0) return { error: `unknown role: ${unknown.join(', ')}` };
  if (!/^[1-9]\d*[smhdw]$/.test(expiresIn))
    return { error: `--expires-in "${expiresIn}" should look like 30m or 8h` };
  if (orgUnit !== undefined && !orgUnit.trim()) return { error: '--org-unit should not be empty' };
  return {
    claims: { sub, name, roles: roles.filter(isRole), orgUnit, bodies: list(values.bodies) },
    expiresIn,
  };
};

/** `cli token ...`: the token alone on stdout; usage and warnings on stderr; 2 on bad arguments. */
export const tokenCommand = async (args: string[]): Promise<number> => {
  const parsed = parseTokenArgs(args);
  if ('error' in parsed) {
    process.stderr.write(`${parsed.error}\n${TOKEN_USAGE}\n`);
    return 2;
  }
  const { auth } = loadConfig();
  if (auth.usingDevelopmentSecret) {
    process.stderr.write('warning: JWT_SECRET is unset: signed with the development secret\n');
  }
  process.stdout.write(`${await signToken(auth, parsed.claims, { expiresIn: parsed.expiresIn })}\n`);
  return 0;
};
