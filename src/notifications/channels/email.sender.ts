import { UnrecoverableError } from 'bullmq';
import { createTransport, type Transporter } from 'nodemailer';
import type { NotificationsConfig } from '../../config/notifications.config';
import type { ChannelSender, Delivery } from '../delivery';
import { renderNotification } from '../templates/render-notification';

/** E-mail is off until SMTP_URL is set: deliveries fail, and so stay retryable, rather than vanish. */
export class SmtpNotConfigured extends Error {
  override name = 'SmtpNotConfigured';

  constructor() {
    super('e-mail delivery needs SMTP_URL (an smtp:// or smtps:// URL of the mail relay), which is not set');
  }
}

/** A 5xx refusal of the envelope (e.g. 550 no such mailbox) is permanent: retrying cannot help. */
const isPermanentRefusal = (error: unknown): boolean => {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  return code === 'EENVELOPE' && typeof responseCode === 'number' && responseCode >= 500;
};

/** Sends a delivery as one e-mail through the configured relay, in the recipient's language. */
export class EmailSender implements ChannelSender {
  // Pooled, so a burst of deliveries reuses connections instead of handshaking for every job.
  private readonly transport: Transporter | null;

  constructor(private readonly config: Pick<NotificationsConfig, 'smtpUrl' | 'mailFrom'>) {
    this.transport = config.smtpUrl ? createTransport({ url: config.smtpUrl, pool: true }) : null;
  }

  async send({ deliveryId, target, template, language, data }: Delivery): Promise<void> {
    if (!this.transport) throw new SmtpNotConfigured();
    if (!target) throw new UnrecoverableError(`e-mail delivery ${deliveryId} has no address`);
    const { subject, text, html } = renderNotification(template, language, data);
    try {
      await this.transport.sendMail({
        from: this.config.mailFrom,
        to: target,
        subject,
        text,
        html,
        // The same id on every attempt lets mail systems drop the copy a retry sends after a lost reply.
        messageId: `<${deliveryId}@restructuring-approvals>`,
        headers: { 'X-Delivery-Id': deliveryId },
      });
    } catch (error) {
      if (!isPermanentRefusal(error)) throw error;
      throw new UnrecoverableError(
        `the mail relay refused delivery ${deliveryId}: ${(error as Error).message}`,
      );
    }
  }

  /** Closes the pooled SMTP connections; call on shutdown. */
  close(): void {
    this.transport?.close();
  }
}
