import { ROLES, type Actor, type Role } from '../shared/domain/actor';
import { InvalidToken } from './auth.errors';

/** The claims a bearer token carries besides the registered ones (`exp`, `iss`, `aud`, ...). */
export interface TokenClaims {
  sub: string;
  name: string;
  roles: Role[];
  orgUnit?: string;
  bodies?: string[];
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);

/**
 * Reads the actor from already verified claims. Roles this service does not know are ignored, so an
 * issuer may carry other applications' roles; anything of the wrong shape rejects the token.
 */
export const actorFromClaims = (claims: Record<string, unknown>): Actor => {
  const { sub, name, roles, orgUnit, bodies = [] } = claims;
  if (!isText(sub)) throw new InvalidToken('the "sub" claim should be a non-empty string');
  if (!isText(name)) throw new InvalidToken('the "name" claim should be a non-empty string');
  if (!isTextList(roles)) throw new InvalidToken('the "roles" claim should be an array of strings');
  if (orgUnit !== undefined && !isText(orgUnit)) {
    throw new InvalidToken('the "orgUnit" claim should be a non-empty string');
  }
  if (!isTextList(bodies)) throw new InvalidToken('the "bodies" claim should be an array of strings');
  return {
    id: sub,
    name,
    roles: [...new Set(roles.filter(isRole))],
    ...(orgUnit === undefined ? {} : { orgUnit }),
    bodies: [...new Set(bodies)],
  };
};
