import { isIP } from 'node:net';
import { assertWebhookUrlAllowed, WebhookUrlRefused, type AddressLookup } from './webhook-url.guard';

/** A resolver over a fixed table, as a DNS server under someone else's control might answer. */
const dnsAnswering =
  (table: Record<string, string[]>): AddressLookup =>
  async (hostname) => {
    const addresses = table[hostname];
    if (!addresses)
      throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return addresses.map((address) => ({ address, family: isIP(address) }));
  };

const lookup = dnsAnswering({
  localhost: ['127.0.0.1', '::1'],
  'intranet.example': ['192.168.1.5'],
  'split.example': ['203.0.113.10', '10.0.0.7'],
  'mapped.example': ['::ffff:169.254.169.254'],
  'hooks.example': ['203.0.113.10', '2001:db8::10'],
});
const check = (url: string, allowedHosts: string[] = []) =>
  assertWebhookUrlAllowed(url, allowedHosts, lookup);

describe('assertWebhookUrlAllowed', () => {
  it.each([
    ['http://127.0.0.1/hook', /"127\.0\.0\.1".*loopback/],
    ['http://localhost:8080/hook', /"localhost".*resolves to 127\.0\.0\.1, a loopback/],
    ['http://169.254.169.254/latest/meta-data/', /"169\.254\.169\.254".*link-local/],
    ['https://10.1.2.3/hook', /private/],
    ['http://[::1]/hook', /"::1".*loopback/],
    ['http://[::ffff:127.0.0.1]/hook', /loopback/],
    ['http://[fd12:3456::1]/hook', /private/],
    ['http://[fe80::1]/hook', /link-local/],
    ['http://0.0.0.0/hook', /unspecified/],
    ['http://100.64.0.1/hook', /CGNAT/],
    ['http://172.31.255.1/hook', /private/],
    ['http://2130706433/hook', /loopback/], // the URL parser reads this as 127.0.0.1
    ['https://intranet.example/hook', /"intranet\.example".*resolves to 192\.168\.1\.5, a private address/],
    ['https://split.example/hook', /resolves to 10\.0\.0\.7/], // one bad address is enough
    ['https://mapped.example/hook', /link-local/],
  ])('refuses %s', async (url, message) => {
    const refusal = check(url);
    await expect(refusal).rejects.toThrow(WebhookUrlRefused);
    await expect(refusal).rejects.toThrow(message);
  });

  it('lets allow-listed hosts through even when they are private', async () => {
    await expect(check('http://127.0.0.1:3000/hook', ['127.0.0.1'])).resolves.toBeUndefined();
    await expect(check('https://Intranet.Example./hook', ['intranet.example'])).resolves.toBeUndefined();
    await expect(check('http://[::1]/hook', ['[::1]'])).resolves.toBeUndefined();
  });

  it('does not stretch the allow-list to other hosts that share an address', async () => {
    await expect(check('http://localhost/hook', ['127.0.0.1'])).rejects.toThrow(WebhookUrlRefused);
  });

  it('lets public addresses through', async () => {
    await expect(check('https://203.0.113.10/hook')).resolves.toBeUndefined();
    await expect(check('https://hooks.example/hook')).resolves.toBeUndefined();
  });

  it.each(['ftp://hooks.example/hook', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'refuses %s',
    async (url) => {
      await expect(check(url, ['hooks.example'])).rejects.toThrow(/scheme .* is not allowed/);
    },
  );

  it('refuses what is not a URL', async () => {
    await expect(check('hooks.example/hook')).rejects.toThrow(/not an absolute URL/);
  });

  it('lets a resolver failure through unchanged, so the queue retries it', async () => {
    await expect(check('https://unknown.example/hook')).rejects.toThrow(/ENOTFOUND/);
    await expect(check('https://unknown.example/hook')).rejects.not.toThrow(WebhookUrlRefused);
  });
});
