import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { SourceError } from './errors.js';

/**
 * Server-side fetching must not become a way into the server's own network (SSRF): only globally
 * routable unicast addresses are allowed, unless the operator says otherwise.
 */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  let parsed = ipaddr.parse(address);
  // ::ffff:127.0.0.1 reaches 127.0.0.1: judge the IPv4 address it maps to.
  if (parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress())
    parsed = (parsed as ipaddr.IPv6).toIPv4Address();
  return parsed.range() === 'unicast';
}

/** `ENTENTE_FETCH_ALLOW_PRIVATE=1` (or `true`) lets fetches reach private, loopback and link-local addresses. */
export function allowPrivateFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.ENTENTE_FETCH_ALLOW_PRIVATE?.trim().toLowerCase();
  return value === '1' || value === 'true' || value === 'yes';
}

/** Refuses a host written as an IP literal that is not public (the resolver is never asked about those). */
export function checkLiteralHost(url: URL, allowed: AddressPolicy): void {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host) && !allowed(host)) throw blocked(url.href, host);
}

/** Whether a connection to this address may be made. */
export type AddressPolicy = (address: string) => boolean;

export function addressPolicy(allowPrivate: boolean): AddressPolicy {
  return allowPrivate ? () => true : isPublicAddress;
}

/**
 * A `lookup` for http(s).request that resolves the name and refuses the connection when any address it
 * resolves to is not public: the check happens on the very addresses the socket will use, so a name
 * that resolves differently the second time (DNS rebinding) cannot slip past it.
 */
export function guardedLookup(url: string, allowed: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) {
        callback(
          new SourceError(
            'DNS_FAILURE',
            url,
            `Could not resolve ${hostname}: ${error.code ?? error.message}`,
            {
              cause: error,
            },
          ),
          '',
          0,
        );
        return;
      }
      const list = addresses as LookupAddress[];
      const refused = list.find((entry) => !allowed(entry.address));
      if (refused) {
        callback(blocked(url, refused.address, hostname), '', 0);
        return;
      }
      if (options.all) callback(null, list);
      else callback(null, list[0]!.address, list[0]!.family);
    });
  };
}

function blocked(url: string, address: string, hostname?: string): SourceError {
  const name = hostname && hostname !== address ? `${hostname} (${address})` : address;
  return new SourceError(
    'BLOCKED_ADDRESS',
    url,
    `Refused to fetch ${url}: ${name} is a private, loopback or link-local address. Set ENTENTE_FETCH_ALLOW_PRIVATE=1 to allow it.`,
  );
}
