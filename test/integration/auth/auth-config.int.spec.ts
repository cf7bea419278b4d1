import { generateKeyPairSync } from 'node:crypto';
import { loadConfig } from '../../../src/config/config';
import { ConfigError } from '../../../src/config/env';

const SECRET = 'auth-config-test-secret-0123456789abcdef';
const AUDIT_SIGNING_KEY = generateKeyPairSync('ed25519')
  .privateKey.export({ type: 'pkcs8', format: 'der' })
  .toString('base64');
/** Production also insists on the event-store and audit keys; give it them so only auth is judged. */
const auth = (env: Record<string, string>) =>
  loadConfig({ EVENT_HMAC_KEY: 'auth-config-test-hmac-key-0123456789abcdef', AUDIT_SIGNING_KEY, ...env })
    .auth;

describe('auth configuration', () => {
  it('uses the development secret when nothing is set outside production, and says so', () => {
    for (const NODE_ENV of ['development', 'test']) {
      const config = auth({ NODE_ENV });
      expect(config.usingDevelopmentSecret).toBe(true);
      expect(config.keys.kind).toBe('secret');
    }
  });

  it('requires JWT_SECRET or JWKS_URL in production, naming JWT_SECRET', () => {
    expect(() => auth({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => auth({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  it('takes JWT_SECRET as the HS256 key', () => {
    const config = auth({ NODE_ENV: 'production', JWT_SECRET: SECRET });
    expect(config).toMatchObject({
      keys: { kind: 'secret', secret: Buffer.from(SECRET) },
      usingDevelopmentSecret: false,
    });
  });

  it('refuses a JWT_SECRET shorter than 32 bytes', () => {
    expect(() => auth({ JWT_SECRET: 'too-short' })).toThrow(/"JWT_SECRET" should hold at least 32 bytes/);
  });

  it('refuses both JWT_SECRET and JWKS_URL', () => {
    expect(() => auth({ JWT_SECRET: SECRET, JWKS_URL: 'https://sso.example/jwks' })).toThrow(/exactly one/);
  });

  it('takes JWKS_URL, over https in production', () => {
    const config = auth({ NODE_ENV: 'production', JWKS_URL: 'https://sso.example/jwks' });
    expect(config).toMatchObject({ keys: { kind: 'jwks', url: 'https://sso.example/jwks' } });
    expect(() => auth({ NODE_ENV: 'production', JWKS_URL: 'http://sso.example/jwks' })).toThrow(/JWKS_URL/);
    expect(auth({ NODE_ENV: 'test', JWKS_URL: 'http://127.0.0.1:9/jwks' }).keys.kind).toBe('jwks');
    expect(() => auth({ JWKS_URL: 'not a url' })).toThrow(/JWKS_URL/);
    expect(() => auth({ JWKS_URL: 'ftp://sso.example/jwks' })).toThrow(/JWKS_URL/);
  });

  it('reads the optional issuer and audience', () => {
    expect(auth({ JWT_ISSUER: 'https://sso.example', JWT_AUDIENCE: 'approvals' })).toMatchObject({
      issuer: 'https://sso.example',
      audience: 'approvals',
    });
    expect(auth({})).toMatchObject({ issuer: undefined, audience: undefined });
  });
});
