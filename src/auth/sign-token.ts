import { SignJWT } from 'jose';
import type { AuthConfig } from '../config/auth.config';
import type { TokenClaims } from './token-claims';

export interface SignOptions {
  /** A period from now, as jose reads it: `30m`, `8h`, `7d`. */
  expiresIn: string;
}

/**
 * Signs an HS256 token with the configured secret (and issuer and audience, when set), for local use
 * and tests. Refuses when only a JWKS is configured: then the issuer holds the private keys.
 */
export const signToken = (
  auth: AuthConfig,
  claims: TokenClaims,
  { expiresIn }: SignOptions,
): Promise<string> => {
  if (auth.keys.kind !== 'secret') {
    throw new Error('JWKS_URL is configured: tokens come from its issuer and cannot be signed here');
  }
  const { sub, name, roles, orgUnit, bodies = [] } = claims;
  const jwt = new SignJWT({ name, roles, ...(orgUnit === undefined ? {} : { orgUnit }), bodies })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (auth.issuer) jwt.setIssuer(auth.issuer);
  if (auth.audience) jwt.setAudience(auth.audience);
  return jwt.sign(auth.keys.secret);
};
