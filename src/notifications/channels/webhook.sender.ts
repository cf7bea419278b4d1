import { createHmac, timingSafeEqual } from 'node:crypto';
import { UnrecoverableError } from 'bullmq';
import { SystemClock, type Clock } from '../../shared/clock';
import type { ChannelSender, Delivery } from '../delivery';
import { assertWebhookUrlAllowed, WebhookUrlRefused } from './webhook-url.guard';

export interface WebhookSenderOptions {
  timeoutMs: number;
  allowedHosts: string[];
  /** The recipient's signing secret, looked up at send time so job payloads never carry it. */
  secretFor: (recipient: string) => Promise<string>;
  clock?: Clock;
}

const signature = (secret: string, timestamp: string, rawBody: string | Buffer): string =>
  `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex')}`;

/**
 * True when `signatureHeader` is the sender's HMAC-SHA256 of "<timestamp>.<raw body>". Receivers should
 * also refuse a timestamp more than a few minutes old, or a captured request can be replayed.
 */
export const verifyWebhookSignature = (
  secret: string,
  timestamp: string,
  rawBody: string | Buffer,
  signatureHeader: string,
): boolean => {
  const expected = Buffer.from(signature(secret, timestamp, rawBody));
  const given = Buffer.from(signatureHeader);
  return expected.length === given.length && timingSafeEqual(expected, given);
};

/** 408 and 429 mean "try later"; any other 4xx means this request will never be accepted. */
const isPermanentRefusal = (status: number): boolean =>
  status >= 400 && status < 500 && ![408, 429].includes(status);

/** POSTs a signed JSON delivery to the recipient's URL; throwing hands the retry to the queue. */
export class WebhookSender implements ChannelSender {
  private readonly clock: Clock;

  constructor(private readonly options: WebhookSenderOptions) {
    this.clock = options.clock ?? new SystemClock();
  }

  async send({ deliveryId, eventId, template, recipient, data, target }: Delivery): Promise<void> {
    if (!target) throw new UnrecoverableError(`webhook delivery ${deliveryId} has no target URL`);
    // Checked on every attempt, not only at registration, so a name re-pointed inward since is refused.
    // Still open: a resolver answering fetch's own lookup differently a moment later (rebinding, TTL 0);
    // closing that needs the connection pinned to the checked address.
    await assertWebhookUrlAllowed(target, this.options.allowedHosts).catch((error: unknown) => {
      throw error instanceof WebhookUrlRefused ? new UnrecoverableError(error.message) : error;
    });
    // The host only in messages: a path or query may hold the receiver's token, and dashboards show failures.
    const where = `webhook at ${new URL(target).host}`;
    const body = JSON.stringify({ deliveryId, eventId, template, recipient, data });
    const timestamp = String(Math.floor(this.clock.now().getTime() / 1000));
    const secret = await this.options.secretFor(recipient);
    const response = await fetch(target, {
      method: 'POST',
      body,
      redirect: 'manual', // a redirect could lead past the guard to an internal address
      signal: AbortSignal.timeout(this.options.timeoutMs),
      headers: {
        'Content-Type': 'application/json',
        'X-Delivery-Id': deliveryId,
        'X-Signature-Timestamp': timestamp,
        'X-Signature': signature(secret, timestamp, body),
      },
    }).catch((error: Error) => {
      // fetch says only "fetch failed"; BullMQ keeps the message, not the cause, so name the cause here.
      const cause = (error.cause as { code?: string } | undefined)?.code ?? error.message;
      throw new Error(`${where} could not be reached for delivery ${deliveryId}: ${cause}`, { cause: error });
    });
    await response.body?.cancel(); // nothing is read from it; release the connection
    if (response.ok) return;
    const failure = `${where} answered ${response.status} to delivery ${deliveryId}`;
    throw isPermanentRefusal(response.status) ? new UnrecoverableError(failure) : new Error(failure);
  }
}
