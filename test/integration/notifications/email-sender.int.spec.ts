import { randomUUID } from 'node:crypto';
import { UnrecoverableError } from 'bullmq';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { EmailSender, SmtpNotConfigured } from '../../../src/notifications/channels/email.sender';
import type { Delivery } from '../../../src/notifications/delivery';
import { renderNotification } from '../../../src/notifications/templates/render-notification';
import { freePort } from '../../support/ports';

interface ReceivedMail {
  rcptTo: string[];
  raw: string;
}

/** Headers as a mail client reads them: unfolded, names lower-cased. */
const headersOf = (raw: string): Map<string, string> => {
  const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
  return new Map(
    head
      .split('\r\n')
      .map((line) => [
        line.slice(0, line.indexOf(':')).toLowerCase(),
        line.slice(line.indexOf(':') + 1).trim(),
      ]),
  );
};

const ENCODED_WORD = /=\?UTF-8\?([BQ])\?([^?]*)\?=/gi;

const qDecode = (text: string): Buffer => {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '=') {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text[i] === '_' ? 0x20 : text.charCodeAt(i));
  }
  return Buffer.from(bytes);
};

/** RFC 2047: adjacent encoded words join without the space between them; a character may span two. */
const decodeHeader = (value: string): string =>
  value.replace(/(?:=\?UTF-8\?[BQ]\?[^?]*\?=\s*)+/gi, (run) => {
    const trailing = /\s*$/.exec(run)?.[0] ?? '';
    const bytes = [...run.matchAll(ENCODED_WORD)].map(([, encoding, text]) =>
      encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : qDecode(text),
    );
    return Buffer.concat(bytes).toString('utf8') + trailing;
  });

describe('EmailSender against a real SMTP server', () => {
  const received: ReceivedMail[] = [];
  let server: SMTPServer;
  let sender: EmailSender;

  beforeAll(async () => {
    const port = await freePort();
    server = new SMTPServer({
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onRcptTo(address: SMTPServerAddress, _session, callback) {
        if (!address.address.startsWith('nobody@')) return callback();
        callback(Object.assign(new Error('5.1.1 no such mailbox'), { responseCode: 550 }));
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          received.push({
            rcptTo: session.envelope.rcptTo.map((r) => r.address),
            raw: Buffer.concat(chunks).toString('utf8'),
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    sender = new EmailSender({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      mailFrom: 'Phê duyệt đề án <no-reply@approvals.test>',
    });
  });

  afterAll(async () => {
    sender.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const aDelivery = (overrides: Partial<Delivery> = {}): Delivery => ({
    deliveryId: randomUUID(),
    eventId: randomUUID(),
    channel: 'email',
    recipient: 'body-so-noi-vu',
    target: 'van-thu@sonoivu.approvals.test',
    template: 'stage-opened',
    language: 'vi',
    data: {
      proposalId: randomUUID(),
      proposalTitle: 'Sáp nhập xã Đông Yên, xã Hòa Chánh thành xã Vĩnh Thuận',
      proposalType: 'commune-merger',
      stageTitle: 'Sở Nội vụ thẩm định',
      dueOn: '2025-03-05',
    },
    ...overrides,
  });

  it('sends the Vietnamese rendering to the target, with the delivery id as Message-ID', async () => {
    const delivery = aDelivery();
    await sender.send(delivery);

    const mail = received.find((m) => m.raw.includes(delivery.deliveryId));
    expect(mail?.rcptTo).toEqual([delivery.target]);
    const headers = headersOf(mail!.raw);
    expect(headers.get('subject')).toMatch(/^=\?UTF-8\?[BQ]\?/i); // non-ASCII travels encoded (RFC 2047)
    const subject = decodeHeader(headers.get('subject')!);
    expect(subject).toBe(renderNotification('stage-opened', 'vi', delivery.data).subject);
    expect(subject).toBe('Đề án chờ xử lý: Sáp nhập xã Đông Yên, xã Hòa Chánh thành xã Vĩnh Thuận');
    expect(headers.get('message-id')).toBe(`<${delivery.deliveryId}@restructuring-approvals>`);
    expect(headers.get('x-delivery-id')).toBe(delivery.deliveryId);
    expect(headers.get('to')).toBe(delivery.target);
    expect(headers.get('from')).toContain('<no-reply@approvals.test>');
  });

  it('sends the English rendering when the recipient reads English', async () => {
    const delivery = aDelivery({ language: 'en' });
    await sender.send(delivery);
    const mail = received.find((m) => m.raw.includes(delivery.deliveryId));
    expect(decodeHeader(headersOf(mail!.raw).get('subject')!)).toBe(
      'Proposal awaiting your action: Sáp nhập xã Đông Yên, xã Hòa Chánh thành xã Vĩnh Thuận',
    );
  });

  it('fails, without retries, when the server refuses the recipient', async () => {
    const delivery = aDelivery({ target: 'nobody@sonoivu.approvals.test' });
    const sending = sender.send(delivery);
    await expect(sending).rejects.toThrow(UnrecoverableError);
    await expect(sending).rejects.toThrow(/550/);
    expect(received.some((m) => m.raw.includes(delivery.deliveryId))).toBe(false);
  });

  it('fails, retryably, when no server answers', async () => {
    const unreachable = new EmailSender({
      smtpUrl: `smtp://127.0.0.1:${await freePort()}`,
      mailFrom: 'a@b.test',
    });
    try {
      const sending = unreachable.send(aDelivery());
      await expect(sending).rejects.toThrow(/ECONNREFUSED/);
      await expect(sending).rejects.not.toThrow(UnrecoverableError);
    } finally {
      unreachable.close();
    }
  });

  it('fails with a clear error while SMTP_URL is not set', async () => {
    const unconfigured = new EmailSender({ smtpUrl: null, mailFrom: 'a@b.test' });
    await expect(unconfigured.send(aDelivery())).rejects.toThrow(SmtpNotConfigured);
    await expect(unconfigured.send(aDelivery())).rejects.toThrow(/SMTP_URL/);
  });
});
