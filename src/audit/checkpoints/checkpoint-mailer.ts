import { createTransport } from 'nodemailer';
import type { SignedCheckpoint } from './checkpoint';

export interface CheckpointMailSettings {
  smtpUrl: string | null;
  mailFrom: string;
  mailTo: string[];
}

export const mailIsConfigured = (s: CheckpointMailSettings): boolean => !!s.smtpUrl && s.mailTo.length > 0;

/** The file name a checkpoint is kept under, by auditors and as a mail attachment. */
export const checkpointFileName = (signed: SignedCheckpoint): string =>
  `audit-checkpoint-${signed.checkpoint.globalPosition}-${signed.checkpoint.signedAt.replace(/[:.]/g, '')}.json`;

export const checkpointFileText = (signed: SignedCheckpoint): string =>
  `${JSON.stringify(signed, null, 2)}\n`;

/** Mails the signed checkpoint to the auditors, outside the database a rogue administrator controls. */
export const mailCheckpoint = async (s: CheckpointMailSettings, signed: SignedCheckpoint): Promise<void> => {
  if (!mailIsConfigured(s)) return;
  const { checkpoint } = signed;
  const transport = createTransport({ url: s.smtpUrl! });
  try {
    await transport.sendMail({
      from: s.mailFrom,
      to: s.mailTo,
      subject: `Điểm kiểm tra nhật ký / Audit checkpoint: ${checkpoint.eventCount} events to position ${checkpoint.globalPosition}`,
      text: [
        'Lưu giữ tệp đính kèm ngoài hệ thống. Keep the attached file outside the service.',
        `events ${checkpoint.eventCount}, position ${checkpoint.globalPosition}, signed ${checkpoint.signedAt}`,
        `digest ${checkpoint.digest}`,
        `key ${checkpoint.keyFingerprint}`,
        'Verify: npm run -s cli -- audit verify --checkpoint <file>',
      ].join('\n'),
      // One id per checkpoint (not per digest: a quiet day repeats it), so only a retry's copy is dropped.
      messageId: `<${checkpointFileName(signed).replace(/\.json$/, '')}@restructuring-approvals>`,
      attachments: [
        {
          filename: checkpointFileName(signed),
          content: checkpointFileText(signed),
          contentType: 'application/json',
        },
      ],
    });
  } finally {
    transport.close();
  }
};

export const mailSettingsOf = (c: {
  notifications: { smtpUrl: string | null; mailFrom: string };
  audit: { mailTo: string[] };
}): CheckpointMailSettings => ({
  smtpUrl: c.notifications.smtpUrl,
  mailFrom: c.notifications.mailFrom,
  mailTo: c.audit.mailTo,
});
