import { open, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { SystemClock } from '../../shared/clock';
import { parseOrUsage, withAuditDatabase } from '../cli/audit-database';
import { CheckpointIssuer } from './checkpoint-issuer';
import {
  checkpointFileName,
  checkpointFileText,
  mailCheckpoint,
  mailIsConfigured,
  mailSettingsOf,
} from './checkpoint-mailer';
import { CheckpointSigner } from './checkpoint-signer';
import { CheckpointRepository } from './checkpoint.repository';

export const CHECKPOINT_USAGE = `usage: cli audit checkpoint [--out FILE]
  signs the running digest of every committed event with AUDIT_SIGNING_KEY, stores it in
  audit_checkpoints, writes it to FILE (default ./audit-checkpoint-<position>-<time>.json, never
  overwritten) and, when SMTP_URL and AUDIT_MAIL_TO are set, mails it; keep the file outside the service`;

/** `cli audit checkpoint ...`: one line on stdout naming the file. */
export const checkpointCommand = async (args: string[]): Promise<number> => {
  const parsed = parseOrUsage(
    () => parseArgs({ args, options: { out: { type: 'string' } } }).values,
    CHECKPOINT_USAGE,
  );
  if (!parsed) return 2;
  // Opened first, so an existing file stops the command before anything is signed or stored.
  const chosen = parsed.out === undefined ? null : await open(parsed.out, 'wx');
  try {
    return await withAuditDatabase({ readOnly: false }, async ({ config, dataSource }) => {
      const signer = new CheckpointSigner(config.audit.signingKey, config.audit.publicKey);
      const repository = new CheckpointRepository(dataSource);
      const issuer = new CheckpointIssuer(dataSource, signer, repository, new SystemClock());
      const { id, signed } = await issuer.issue();
      const file = parsed.out ?? checkpointFileName(signed);
      await writeFile(chosen ?? file, checkpointFileText(signed), { flag: 'wx' });
      const mail = mailSettingsOf(config);
      if (mailIsConfigured(mail)) await mailCheckpoint(mail, signed);
      const { eventCount, globalPosition, keyFingerprint } = signed.checkpoint;
      const mailed = mailIsConfigured(mail) ? `, mailed to ${mail.mailTo.join(', ')}` : '';
      process.stdout.write(
        `checkpoint ${id}: ${eventCount} events to position ${globalPosition}, key ${keyFingerprint}, written to ${file}${mailed}\n`,
      );
      return 0;
    });
  } finally {
    await chosen?.close();
  }
};
