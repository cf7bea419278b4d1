import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { envOf, invalid, wrapEnvErrors, type Env } from './env';

export interface AuditConfig {
  /** Ed25519 key that signs checkpoints; held by the service, never stored in the database. */
  signingKey: KeyObject;
  publicKey: KeyObject;
  /** `sha256:<hex>` of the public key's SPKI DER: what a checkpoint names and auditors compare. */
  keyFingerprint: string;
  /** True when the published development key is in use: checkpoints then prove nothing. */
  usingDevelopmentKey: boolean;
  /** Where checkpoints are mailed when SMTP_URL is set too; empty: no mail. */
  mailTo: string[];
  /** Cron pattern and time zone of the daily checkpoint job. */
  checkpointCron: string;
  checkpointTimeZone: string;
}

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410); the seed below is public, so development only.
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
const DEVELOPMENT_SEED = createHash('sha256').update('development-only-audit-signing-key').digest();

const developmentKey = (): KeyObject =>
  createPrivateKey({
    key: Buffer.concat([ED25519_PKCS8_PREFIX, DEVELOPMENT_SEED]),
    format: 'der',
    type: 'pkcs8',
  });

/** PEM text, or base64 of the PKCS#8 DER (one line fits an environment variable). */
const parseKey = (raw: string): KeyObject => {
  let key: KeyObject;
  try {
    key = raw.includes('-----BEGIN')
      ? createPrivateKey(raw.replace(/\\n/g, '\n'))
      : createPrivateKey({ key: Buffer.from(raw, 'base64'), format: 'der', type: 'pkcs8' });
  } catch {
    return invalid('AUDIT_SIGNING_KEY', 'should be an Ed25519 private key (PEM or base64 PKCS#8)');
  }
  if (key.asymmetricKeyType !== 'ed25519') invalid('AUDIT_SIGNING_KEY', 'should be an Ed25519 key');
  return key;
};

export const fingerprintOf = (publicKey: KeyObject): string =>
  `sha256:${createHash('sha256')
    .update(publicKey.export({ format: 'der', type: 'spki' }))
    .digest('hex')}`;

export const loadAuditConfig = (env: Env, nodeEnv: string): AuditConfig =>
  wrapEnvErrors(() => {
    const e = envOf(env);
    const raw = e.get('AUDIT_SIGNING_KEY').asString();
    if (!raw && nodeEnv === 'production') invalid('AUDIT_SIGNING_KEY', 'is required in production');
    const signingKey = raw ? parseKey(raw) : developmentKey();
    const publicKey = createPublicKey(signingKey);
    const keyFingerprint = fingerprintOf(publicKey);
    const usingDevelopmentKey = keyFingerprint === fingerprintOf(createPublicKey(developmentKey()));
    if (usingDevelopmentKey && nodeEnv === 'production') {
      invalid('AUDIT_SIGNING_KEY', 'is the published development key');
    }
    const mailTo = (e.get('AUDIT_MAIL_TO').asString() ?? '')
      .split(',')
      .map((address) => address.trim())
      .filter(Boolean);
    for (const address of mailTo) {
      if (!/^[^@\s]+@[^@\s]+$/.test(address)) invalid('AUDIT_MAIL_TO', `holds "${address}", not an address`);
    }
    const checkpointCron = e.get('AUDIT_CHECKPOINT_CRON').default('30 0 * * *').asString();
    if (!/^\S+(\s+\S+){4,5}$/.test(checkpointCron.trim())) {
      invalid('AUDIT_CHECKPOINT_CRON', 'should be a cron pattern of 5 or 6 fields');
    }
    return {
      signingKey,
      publicKey,
      keyFingerprint,
      usingDevelopmentKey,
      mailTo,
      checkpointCron,
      checkpointTimeZone: e.get('AUDIT_CHECKPOINT_TZ').default('Asia/Ho_Chi_Minh').asString(),
    };
  });
