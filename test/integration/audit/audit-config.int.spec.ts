import { generateKeyPairSync } from 'node:crypto';
import { fingerprintOf, loadAuditConfig } from '../../../src/config/audit.config';
import { ConfigError } from '../../../src/config/env';

describe('audit configuration', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const base64 = privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');

  it('signs with the published development key outside production, and says so', () => {
    const dev = loadAuditConfig({}, 'development');
    expect(dev.usingDevelopmentKey).toBe(true);
    // The same key in every process, so a checkpoint issued by one verifies in another.
    expect(loadAuditConfig({}, 'test').keyFingerprint).toBe(dev.keyFingerprint);
  });

  it('requires AUDIT_SIGNING_KEY in production and refuses the development one there', () => {
    expect(() => loadAuditConfig({}, 'production')).toThrow(/"AUDIT_SIGNING_KEY" is required/);
    const devPem = loadAuditConfig({}, 'test').signingKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => loadAuditConfig({ AUDIT_SIGNING_KEY: devPem }, 'production')).toThrow(/development key/);
  });

  it('takes the key as PEM (with literal \\n too) or as base64 PKCS#8', () => {
    for (const AUDIT_SIGNING_KEY of [pem, pem.replace(/\n/g, '\\n'), base64]) {
      const config = loadAuditConfig({ AUDIT_SIGNING_KEY }, 'production');
      expect(config).toMatchObject({ usingDevelopmentKey: false, keyFingerprint: fingerprintOf(publicKey) });
    }
  });

  it('refuses anything but an Ed25519 private key, and bad mail or cron settings', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
      format: 'pem',
      type: 'pkcs8',
    });
    for (const AUDIT_SIGNING_KEY of ['not a key', rsa.toString()])
      expect(() => loadAuditConfig({ AUDIT_SIGNING_KEY }, 'test')).toThrow(/AUDIT_SIGNING_KEY/);
    expect(() => loadAuditConfig({ AUDIT_MAIL_TO: 'a@b.vn, nobody' }, 'test')).toThrow(ConfigError);
    expect(() => loadAuditConfig({ AUDIT_CHECKPOINT_CRON: 'daily' }, 'test')).toThrow(
      /AUDIT_CHECKPOINT_CRON/,
    );
    expect(loadAuditConfig({ AUDIT_MAIL_TO: 'a@b.vn, c@d.vn' }, 'test').mailTo).toEqual(['a@b.vn', 'c@d.vn']);
  });
});
