import { envOf, invalid, wrapEnvErrors, type Env } from './env';

export interface EventStoreConfig {
  /** HMAC-SHA-256 key of the hash chain; held by the service, never stored in the database. */
  hmacKey: Buffer;
  /** True when the development key is in use: the chain then proves nothing. */
  usingDevelopmentKey: boolean;
}

const DEVELOPMENT_KEY = 'development-only-event-hmac-key-change-me';
const MIN_KEY_BYTES = 32;

export const loadEventStoreConfig = (env: Env, nodeEnv: string): EventStoreConfig =>
  wrapEnvErrors(() => {
    const raw = envOf(env).get('EVENT_HMAC_KEY').asString();
    if (!raw) {
      if (nodeEnv === 'production') invalid('EVENT_HMAC_KEY', 'is required in production');
      return { hmacKey: Buffer.from(DEVELOPMENT_KEY), usingDevelopmentKey: true };
    }
    const key = /^[0-9a-f]+$/i.test(raw) && raw.length % 2 === 0 ? Buffer.from(raw, 'hex') : Buffer.from(raw);
    if (key.length < MIN_KEY_BYTES) invalid('EVENT_HMAC_KEY', `should hold at least ${MIN_KEY_BYTES} bytes`);
    return { hmacKey: key, usingDevelopmentKey: false };
  });
