import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { UnrecoverableError } from 'bullmq';
import { verifyWebhookSignature, WebhookSender } from '../../../src/notifications/channels/webhook.sender';
import type { Delivery } from '../../../src/notifications/delivery';
import { freePort } from '../../support/ports';

interface ReceivedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

const SECRETS: Record<string, string> = {
  'body-so-noi-vu': 'so-noi-vu-webhook-secret',
  'agency-vinh-thuan': 'vinh-thuan-webhook-secret',
};
const NOW = new Date('2025-03-05T08:00:00Z');

/** A receiver with one path per behaviour; every request is recorded before it is answered (or not). */
const answer = (path: string, response: ServerResponse): void => {
  if (path === '/ok') return void response.writeHead(204).end();
  if (path === '/busy') return void response.writeHead(429).end();
  if (path === '/bad') return void response.writeHead(400, { 'Content-Type': 'text/plain' }).end('malformed');
  if (path === '/broken') return void response.writeHead(500).end('database down');
  if (path === '/moved') return void response.writeHead(302, { Location: '/ok' }).end();
  // '/silent': never answers, like a receiver stuck behind a dead proxy.
};

describe('WebhookSender against a real HTTP receiver', () => {
  const received: ReceivedRequest[] = [];
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '';
        received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        answer(path, response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.closeAllConnections(); // the silent route holds its socket open
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const sender = new WebhookSender({
    timeoutMs: 300,
    allowedHosts: ['127.0.0.1'],
    secretFor: async (recipient) => SECRETS[recipient],
    clock: { now: () => NOW },
  });

  const aDelivery = (path: string, overrides: Partial<Delivery> = {}): Delivery => ({
    deliveryId: randomUUID(),
    eventId: randomUUID(),
    channel: 'webhook',
    recipient: 'agency-vinh-thuan',
    target: `${base}${path}`,
    template: 'vote-opened',
    language: 'vi',
    data: {
      proposalId: randomUUID(),
      proposalTitle: 'Thành lập phường Vĩnh Thuận',
      proposalType: 'commune-merger',
    },
    ...overrides,
  });
  const requestFor = (delivery: Delivery) => received.filter((r) => r.body.includes(delivery.deliveryId));

  it('POSTs the delivery as JSON, signed with the recipient’s secret', async () => {
    const delivery = aDelivery('/ok');
    await sender.send(delivery);

    const [request] = requestFor(delivery);
    const { deliveryId, eventId, template, recipient, data } = delivery;
    expect(JSON.parse(request.body)).toEqual({ deliveryId, eventId, template, recipient, data });
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.headers['x-delivery-id']).toBe(deliveryId);
    const timestamp = request.headers['x-signature-timestamp'] as string;
    expect(timestamp).toBe(String(NOW.getTime() / 1000));
    const signatureHeader = request.headers['x-signature'] as string;
    expect(signatureHeader).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature(SECRETS[recipient], timestamp, request.body, signatureHeader)).toBe(true);
  });

  it('produces a signature that a tampered body, another timestamp or another secret fails', async () => {
    const delivery = aDelivery('/ok');
    await sender.send(delivery);
    const [{ body, headers }] = requestFor(delivery);
    const timestamp = headers['x-signature-timestamp'] as string;
    const signatureHeader = headers['x-signature'] as string;
    const tampered = body.replace('Vĩnh Thuận', 'Vĩnh Thạnh');
    expect(tampered).not.toBe(body);
    expect(verifyWebhookSignature(SECRETS[delivery.recipient], timestamp, tampered, signatureHeader)).toBe(
      false,
    );
    expect(
      verifyWebhookSignature(SECRETS[delivery.recipient], `${Number(timestamp) + 1}`, body, signatureHeader),
    ).toBe(false);
    expect(verifyWebhookSignature(SECRETS['body-so-noi-vu'], timestamp, body, signatureHeader)).toBe(false);
    expect(verifyWebhookSignature(SECRETS[delivery.recipient], timestamp, body, 'sha256=00')).toBe(false);
  });

  it('throws a retryable error on 500 and on 429', async () => {
    for (const path of ['/broken', '/busy']) {
      const sending = sender.send(aDelivery(path));
      await expect(sending).rejects.toThrow(/answered (500|429)/);
      await expect(sending).rejects.not.toThrow(UnrecoverableError);
    }
  });

  it('throws UnrecoverableError on 400, since the same request would be refused again', async () => {
    await expect(sender.send(aDelivery('/bad'))).rejects.toThrow(UnrecoverableError);
  });

  it('gives up on a receiver that never answers once the timeout passes', async () => {
    const delivery = aDelivery('/silent');
    const started = Date.now();
    await expect(sender.send(delivery)).rejects.toThrow(/timeout|aborted/i);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(requestFor(delivery)).toHaveLength(1);
  });

  it('throws a retryable error naming the cause when nothing listens', async () => {
    const sending = sender.send(aDelivery('/ok', { target: `http://127.0.0.1:${await freePort()}/ok` }));
    await expect(sending).rejects.toThrow(/could not be reached .*ECONNREFUSED/);
    await expect(sending).rejects.not.toThrow(UnrecoverableError);
  });

  it('does not follow a redirect, and fails', async () => {
    const delivery = aDelivery('/moved');
    await expect(sender.send(delivery)).rejects.toThrow(/answered 302/);
    expect(
      received.filter((r) => r.headers['x-delivery-id'] === delivery.deliveryId).map((r) => r.path),
    ).toEqual(['/moved']);
  });

  it('refuses, before any request, a loopback host that is not allow-listed', async () => {
    const port = new URL(base).port;
    const delivery = aDelivery('/ok', { target: `http://localhost:${port}/ok` });
    const sending = sender.send(delivery);
    await expect(sending).rejects.toThrow(UnrecoverableError);
    await expect(sending).rejects.toThrow(/"localhost".*loopback/);
    expect(requestFor(delivery)).toHaveLength(0);
  });

  it('refuses a name that a rebinding resolver points inward after the check, and never connects', async () => {
    const port = new URL(base).port;
    // Public for the check, this host for the connection: what a resolver with a TTL of 0 can do.
    const answers = ['93.184.216.34', '127.0.0.1'];
    const asked: string[] = [];
    const rebinding = new WebhookSender({
      timeoutMs: 300,
      allowedHosts: [],
      secretFor: async (recipient) => SECRETS[recipient],
      lookup: async (hostname) => {
        asked.push(hostname);
        const address = answers[Math.min(asked.length - 1, answers.length - 1)];
        return [{ address, family: 4 }];
      },
    });
    const delivery = aDelivery('/ok', { target: `http://hook.vinh-thuan.example:${port}/ok` });
    const sending = rebinding.send(delivery);
    await expect(sending).rejects.toThrow(UnrecoverableError);
    await expect(sending).rejects.toThrow(/resolves to 127\.0\.0\.1, a loopback address/);
    expect(asked).toEqual(['hook.vinh-thuan.example', 'hook.vinh-thuan.example']);
    expect(requestFor(delivery)).toHaveLength(0);
  });

  it('connects to the address its own resolver gave, with the name as the Host header', async () => {
    const port = new URL(base).port;
    const pinned = new WebhookSender({
      timeoutMs: 300,
      allowedHosts: ['hook.hoa-binh.example'],
      secretFor: async (recipient) => SECRETS[recipient],
      lookup: async () => [{ address: '127.0.0.1', family: 4 }],
    });
    const delivery = aDelivery('/ok', { target: `http://hook.hoa-binh.example:${port}/ok` });
    await pinned.send(delivery);
    const [request] = requestFor(delivery);
    expect(request.headers.host).toBe(`hook.hoa-binh.example:${port}`);
  });
});
