import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { ChainVerifier } from '../../event-store/chain-verifier';
import { EventHasher } from '../../event-store/event-hasher';
import { recordCliAccess } from '../access/audit-access-log';
import { parseOrUsage, withAuditDatabase } from '../cli/audit-database';
import { describeReport } from './audit-report';
import { AuditVerifier } from './audit-verifier';

export const VERIFY_USAGE = `usage: cli audit verify [--stream ID] [--checkpoint FILE [--public-key FILE]] [--json]
  recomputes the keyed hash chain (EVENT_HMAC_KEY) of every stream, or of one;
  with --checkpoint also compares the store with a signed checkpoint kept outside it, checked against
  --public-key (a PEM file you trust) or else the public key of AUDIT_SIGNING_KEY
  prints one line (--json: the whole report); exits 0 when intact, 1 at the first broken link`;

const readJson = async (file: string): Promise<unknown> => {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch {
    return null; // rejected as "not a checkpoint document" by the verifier
  }
};

/** `cli audit verify ...`: read-only; the report on stdout. */
export const verifyCommand = async (args: string[]): Promise<number> => {
  const parsed = parseOrUsage(
    () =>
      parseArgs({
        args,
        options: {
          stream: { type: 'string' },
          checkpoint: { type: 'string' },
          'public-key': { type: 'string' },
          json: { type: 'boolean', default: false },
        },
      }).values,
    VERIFY_USAGE,
  );
  if (!parsed) return 2;
  const { stream, checkpoint, 'public-key': publicKeyFile, json } = parsed;
  const document = checkpoint === undefined ? undefined : await readJson(checkpoint);
  const trustedKeyPem = publicKeyFile === undefined ? undefined : await readFile(publicKeyFile, 'utf8');
  return withAuditDatabase({ readOnly: true }, async ({ config, dataSource }) => {
    const chain = new ChainVerifier(dataSource, new EventHasher(config.eventStore.hmacKey));
    const trustedKey = trustedKeyPem ? createPublicKey(trustedKeyPem) : config.audit.publicKey;
    const report = await new AuditVerifier(dataSource, chain).verify({
      streamId: stream,
      checkpoint: checkpoint === undefined ? undefined : { document, trustedKey },
    });
    process.stdout.write(`${json ? JSON.stringify(report, null, 2) : describeReport(report)}\n`);
    await recordCliAccess(
      dataSource,
      'verify',
      { stream: stream ?? null, checkpoint: checkpoint ?? null },
      {
        ok: report.ok,
      },
    );
    return report.ok ? 0 : 1;
  });
};
