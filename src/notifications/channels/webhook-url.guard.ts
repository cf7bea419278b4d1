import { promises as dns, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/** A webhook URL the service will not call; `reason` says why, for the person who registered it. */
export class WebhookUrlRefused extends Error {
  override name = 'WebhookUrlRefused';

  constructor(
    readonly host: string,
    readonly reason: string,
  ) {
    super(`webhook URL refused for "${host}": ${reason}`);
  }
}

export type AddressLookup = (
  hostname: string,
  options: { all: true; verbatim: true },
) => Promise<LookupAddress[]>;

/**
 * Addresses a webhook must never reach: this host, the provincial network behind it, and the cloud
 * metadata service (169.254.169.254). BlockList also matches IPv4-mapped IPv6 (::ffff:10.0.0.1).
 */
const FORBIDDEN: Record<string, string[]> = {
  unspecified: ['0.0.0.0/8', '::/128'],
  loopback: ['127.0.0.0/8', '::1/128'],
  private: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
  'link-local': ['169.254.0.0/16', 'fe80::/10'],
  'shared (CGNAT)': ['100.64.0.0/10'],
};

const familyOf = (address: string) => (isIP(address) === 6 ? 'ipv6' : 'ipv4');

const FORBIDDEN_LISTS = Object.entries(FORBIDDEN).map(([kind, ranges]) => {
  const list = new BlockList();
  for (const [network, prefix] of ranges.map((range) => range.split('/')))
    list.addSubnet(network, Number(prefix), familyOf(network));
  return { kind, list };
});

const forbiddenKind = (address: string): string | undefined =>
  FORBIDDEN_LISTS.find(({ list }) => list.check(address, familyOf(address)))?.kind;

/** "[::1]", "Example.org." and "example.org" name the same host. */
const bareHost = (host: string): string =>
  host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');

const isAllowListed = (allowedHosts: string[], host: string): boolean =>
  allowedHosts.some((allowed) => bareHost(allowed) === host);

/** Throws for no address, or for the first one in a forbidden range, naming it for the registrant. */
const refuseForbidden = (host: string, addresses: string[]): void => {
  if (addresses.length === 0) throw new WebhookUrlRefused(host, 'it resolves to no address');
  for (const address of addresses) {
    const kind = forbiddenKind(address);
    if (!kind) continue;
    const what =
      address === host ? `it is a ${kind} address` : `it resolves to ${address}, a ${kind} address`;
    throw new WebhookUrlRefused(host, `${what}; allow-list the host (WEBHOOK_ALLOWED_HOSTS) if it is meant`);
  }
};

/**
 * Refuses a webhook URL that is not http(s) or whose host resolves (any of its addresses) to a loopback,
 * private, link-local, unspecified or CGNAT address, unless the host is allow-listed. Call it when the
 * URL is registered and again before every delivery: DNS can change in between.
 */
export const assertWebhookUrlAllowed = async (
  url: string,
  allowedHosts: string[],
  lookup: AddressLookup = dns.lookup,
): Promise<void> => {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed) throw new WebhookUrlRefused(url, 'it is not an absolute URL');
  const host = bareHost(parsed.hostname);
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new WebhookUrlRefused(host, `the scheme ${parsed.protocol} is not allowed, only http: and https:`);
  if (isAllowListed(allowedHosts, host)) return;

  const addresses = isIP(host)
    ? [host]
    : (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);
  refuseForbidden(host, addresses);
};

/**
 * A `lookup` for the request itself: it resolves the name once and hands the socket only addresses
 * the guard allows, so the connection goes where the check looked, whatever DNS answers a moment
 * later (a rebinding resolver with a TTL of 0).
 */
export const guardedLookup =
  (allowedHosts: string[], lookup: AddressLookup = dns.lookup): LookupFunction =>
  (hostname, options, callback) => {
    const host = bareHost(hostname);
    lookup(host, { all: true, verbatim: true })
      .then((found) => {
        const usable = found.filter((a) => !options.family || a.family === options.family);
        if (usable.length === 0) throw new WebhookUrlRefused(host, 'it resolves to no address');
        if (!isAllowListed(allowedHosts, host))
          refuseForbidden(
            host,
            usable.map((a) => a.address),
          );
        if (options.all) callback(null, usable);
        else callback(null, usable[0].address, usable[0].family);
      })
      .catch((error: NodeJS.ErrnoException) => callback(error, '', 0));
  };
