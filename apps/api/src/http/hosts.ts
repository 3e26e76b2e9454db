/**
 * The Host allow-list. A page on a rebinding domain (rebind.attacker.example, resolving to 127.0.0.1)
 * reaches the server as same-origin for the browser, so it could read everything; only the Host header
 * tells such requests apart. Loopback names are always allowed; a deployment adds its own names.
 */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Hosts that are not names a client uses (listening on every interface). */
const WILDCARD_ADDRESSES = new Set(['0.0.0.0', '::', '[::]']);

export interface HostAllowList {
  /** True when any Host is accepted (`*`): the deployment checks it in front of the server. */
  any: boolean;
  names: Set<string>;
}

/**
 * The allowed Host names: loopback names, the address the server listens on (when it is one), and the
 * comma-separated `extra` names (ENTENTE_ALLOWED_HOSTS); `*` among them allows any Host.
 */
export function hostAllowList(listenHost: string, extra: string | undefined): HostAllowList {
  const configured = (extra ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const names = new Set([...LOOPBACK_HOSTS, ...configured.filter((name) => name !== '*')]);
  const listen = listenHost.includes(':') && !listenHost.startsWith('[') ? `[${listenHost}]` : listenHost;
  if (!WILDCARD_ADDRESSES.has(listen)) names.add(listen.toLowerCase());
  return { any: configured.includes('*'), names };
}

/** The host name of a Host header, lower-cased and without its port ("[::1]:4000" → "[::1]"). */
export function hostName(header: string): string {
  const host = header.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.indexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

/** Whether a request with this Host header may be served. A request without one is not. */
export function isAllowedHost(header: string | undefined, allowList: HostAllowList): boolean {
  if (header === undefined || header.trim() === '') return false;
  if (allowList.any) return true;
  const name = hostName(header);
  // *.localhost always resolves to loopback (RFC 6761), so it cannot be a rebinding name.
  return allowList.names.has(name) || name.endsWith('.localhost');
}
