import { createHmac, timingSafeEqual } from 'node:crypto';
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { UnrecoverableError } from 'bullmq';
import { SystemClock, type Clock } from '../../shared/clock';
import type { ChannelSender, Delivery } from '../delivery';
import {
  assertWebhookUrlAllowed,
  guardedLookup,
  WebhookUrlRefused,
  type AddressLookup,
} from './webhook-url.guard';

export interface WebhookSenderOptions {
  timeoutMs: number;
  allowedHosts: string[];
  /** The recipient's signing secret, looked up at send time so job payloads never carry it. */
  secretFor: (recipient: string) => Promise<string>;
  clock?: Clock;
  /** How names are resolved, for the check and the connection alike (DNS unless a test says). */
  lookup?: AddressLookup;
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

/**
 * One POST that connects only to an address the guard allows (the socket's own lookup checks it) and
 * follows no redirect; the response body is drained unread.
 */
const post = (
  url: URL,
  body: string,
  headers: OutgoingHttpHeaders,
  options: { timeoutMs: number; allowedHosts: string[]; lookup?: AddressLookup },
): Promise<IncomingMessage> =>
  new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? httpsRequest : httpRequest)(
      url,
      {
        method: 'POST',
        headers: { ...headers, 'Content-Length': Buffer.byteLength(body) },
        lookup: guardedLookup(options.allowedHosts, options.lookup),
        signal: AbortSignal.timeout(options.timeoutMs),
      },
      (response) => {
        response.resume();
        resolve(response);
      },
    );
    request.once('error', reject);
    request.end(body);
  });

/** POSTs a signed JSON delivery to the recipient's URL; throwing hands the retry to the queue. */
export class WebhookSender implements ChannelSender {
  private readonly clock: Clock;

  constructor(private readonly options: WebhookSenderOptions) {
    this.clock = options.clock ?? new SystemClock();
  }

  async send({ deliveryId, eventId, template, recipient, data, target }: Delivery): Promise<void> {
    if (!target) throw new UnrecoverableError(`webhook delivery ${deliveryId} has no target URL`);
    // Checked on every attempt, not only at registration, so a name re-pointed inward since is refused;
    // the connection itself is pinned to an address the same check passed (guardedLookup).
    const refused = (error: unknown) => {
      throw error instanceof WebhookUrlRefused ? new UnrecoverableError(error.message) : error;
    };
    const { allowedHosts, lookup, timeoutMs } = this.options;
    await assertWebhookUrlAllowed(target, allowedHosts, lookup).catch(refused);
    // The host only in messages: a path or query may hold the receiver's token, and dashboards show failures.
    const where = `webhook at ${new URL(target).host}`;
    const body = JSON.stringify({ deliveryId, eventId, template, recipient, data });
    const timestamp = String(Math.floor(this.clock.now().getTime() / 1000));
    const secret = await this.options.secretFor(recipient);
    const headers = {
      'Content-Type': 'application/json',
      'X-Delivery-Id': deliveryId,
      'X-Signature-Timestamp': timestamp,
      'X-Signature': signature(secret, timestamp, body),
    };
    const response = await post(new URL(target), body, headers, { timeoutMs, allowedHosts, lookup })
      .catch(refused)
      .catch((error: NodeJS.ErrnoException) => {
        if (error instanceof UnrecoverableError) throw error;
        if (error.name === 'AbortError')
          throw new Error(
            `${where} did not answer delivery ${deliveryId} within the ${timeoutMs} ms timeout`,
          );
        // BullMQ keeps the message, not the cause, so name the cause here.
        const cause = error.code ?? error.message;
        throw new Error(`${where} could not be reached for delivery ${deliveryId}: ${cause}`, {
          cause: error,
        });
      });
    const status = response.statusCode ?? 0;
    if (status >= 200 && status < 300) return;
    const failure = `${where} answered ${status} to delivery ${deliveryId}`;
    throw isPermanentRefusal(status) ? new UnrecoverableError(failure) : new Error(failure);
  }
}
