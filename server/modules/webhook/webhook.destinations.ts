import { BlockList, isIP } from 'node:net';
import { isPublic } from '../../schema/ip.js';
import { lookup } from 'node:dns';
import type { LookupFunction } from 'node:net';

const family = (ip: string) => (isIP(ip) === 6 ? 'ipv6' : 'ipv4');
const unmapped = (ip: string) => ip.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1');

/**
 * The destinations an admin allowed (WEBHOOK_DESTINATIONS): host names, `*.` suffixes, addresses and
 * networks. A URL's host must be one of them; an address it resolves to must be public, unless a
 * network entry names it — so a name cannot be pointed at the server's own network later.
 */
export function createDestinations(entries: readonly string[]) {
  const names = new Set<string>();
  const suffixes: string[] = [];
  const networks = new BlockList();
  let anyNetwork = false;
  for (const e of entries) {
    const [net, bits] = e.split('/');
    if (net && isIP(net)) {
      const f = family(net);
      networks.addSubnet(net, bits === undefined ? (f === 'ipv6' ? 128 : 32) : Number(bits), f);
      anyNetwork = true;
    } else if (e.startsWith('*.')) suffixes.push(e.slice(1));
    else names.add(e);
  }
  const inNetworks = (ip: string) => anyNetwork && networks.check(unmapped(ip), family(unmapped(ip)));
  // an address not on the internet (private, loopback, link-local …) only when a network entry names it
  const addressAllowed = (ip: string) => inNetworks(ip) || isPublic(ip);

  return {
    any: entries.length > 0,
    /** Why this URL may not be a webhook, or null when it may. */
    refusal(raw: string): string | null {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        return 'is not a URL';
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be http or https';
      if (url.username || url.password) return 'must not carry credentials (sign with the webhook secret instead)';
      if (!entries.length) return 'cannot be reached: no webhook destination is allowed (an admin sets WEBHOOK_DESTINATIONS)';
      const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
      if (isIP(host)) return inNetworks(host) ? null : `is an address outside the allowed destinations (WEBHOOK_DESTINATIONS)`;
      if (names.has(host) || suffixes.some((s) => host.endsWith(s))) return null;
      return `is not an allowed destination (WEBHOOK_DESTINATIONS lists ${entries.join(', ')})`;
    },
    /** A DNS lookup for the request itself that refuses internal addresses the entries do not name. */
    lookup: ((
      hostname: string,
      options: object,
      callback: (err: Error | null, address: string | { address: string; family: number }[], family?: number) => void,
    ) => {
      lookup(hostname, { ...options, all: true }, (err, addresses) => {
        if (err) return callback(err, '', 0);
        const list = addresses as { address: string; family: number }[];
        const bad = list.find((a) => !addressAllowed(a.address));
        if (bad)
          return callback(
            Object.assign(new Error(`${hostname} resolves to ${bad.address}, an internal address no destination allows`), { code: 'EDESTINATION' }),
            '',
            0,
          );
        if ((options as { all?: boolean }).all) return callback(null, list);
        callback(null, list[0]!.address, list[0]!.family);
      });
    }) as unknown as LookupFunction,
  };
}

export type Destinations = ReturnType<typeof createDestinations>;
