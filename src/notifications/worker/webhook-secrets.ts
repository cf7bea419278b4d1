import type { DataSource } from 'typeorm';

/** The signing secret an agency registered with its webhook; read at send time, never put in a job. */
export const webhookSecretOf = async (db: DataSource, recipient: string): Promise<string> => {
  const rows: { secret: string }[] = await db.query(
    `SELECT secret FROM notification_endpoints WHERE recipient = $1 AND channel = 'webhook'`,
    [recipient],
  );
  if (!rows[0]) throw new Error(`no webhook registered for ${recipient}`);
  return rows[0].secret;
};
