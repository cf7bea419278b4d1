import { envOf, invalid, wrapEnvErrors, type Env } from './env';

/** How bearer tokens are checked: a shared HS256 secret, or the issuer's published JWKS. */
export type TokenKeys =
  /** HS256 only. */
  | { kind: 'secret'; secret: Buffer }
  /** RS256 and EdDSA only, keys fetched (and cached) from `url`. */
  | { kind: 'jwks'; url: string };

export interface AuthConfig {
  keys: TokenKeys;
  /** When set, a token's `iss` must equal it. */
  issuer: string | undefined;
  /** When set, a token's `aud` must contain it. */
  audience: string | undefined;
  /** True when neither JWT_SECRET nor JWKS_URL is set: anyone who reads the source can mint tokens. */
  usingDevelopmentSecret: boolean;
}

const DEVELOPMENT_SECRET = 'development-only-jwt-secret-change-me-0123456789';
const MIN_SECRET_BYTES = 32;

const jwksUrl = (raw: string, nodeEnv: string): string => {
  const production = nodeEnv === 'production';
  const expected = production ? 'should be an https:// URL in production' : 'should be an http(s):// URL';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return invalid('JWKS_URL', expected);
  }
  // Plain HTTP lets anyone on the path substitute the keys; tolerated only outside production.
  if (url.protocol !== 'https:' && (production || url.protocol !== 'http:')) invalid('JWKS_URL', expected);
  return url.href;
};

export const loadAuthConfig = (env: Env, nodeEnv: string): AuthConfig =>
  wrapEnvErrors(() => {
    const e = envOf(env);
    const secret = e.get('JWT_SECRET').asString() || undefined;
    const jwks = e.get('JWKS_URL').asString() || undefined;
    const issuer = e.get('JWT_ISSUER').asString() || undefined;
    const audience = e.get('JWT_AUDIENCE').asString() || undefined;

    if (secret && jwks) invalid('JWT_SECRET', 'and "JWKS_URL" are both set; set exactly one');
    if (jwks) {
      return {
        keys: { kind: 'jwks', url: jwksUrl(jwks, nodeEnv) },
        issuer,
        audience,
        usingDevelopmentSecret: false,
      };
    }
    if (!secret) {
      if (nodeEnv === 'production') invalid('JWT_SECRET', '(or "JWKS_URL") is required in production');
      const keys = { kind: 'secret', secret: Buffer.from(DEVELOPMENT_SECRET) } as const;
      return { keys, issuer, audience, usingDevelopmentSecret: true };
    }
    // The text itself is the key, as the issuers sharing it (and most JWT libraries) use it.
    const bytes = Buffer.from(secret, 'utf8');
    if (bytes.length < MIN_SECRET_BYTES)
      invalid('JWT_SECRET', `should hold at least ${MIN_SECRET_BYTES} bytes`);
    if (nodeEnv === 'production' && secret === DEVELOPMENT_SECRET) {
      invalid('JWT_SECRET', 'is the published development secret');
    }
    return { keys: { kind: 'secret', secret: bytes }, issuer, audience, usingDevelopmentSecret: false };
  });
