import { badInput } from '../schema/errors.js';
import { parseIp } from '../schema/ip.js';

export const ENTITY_KINDS = ['IP', 'JA4', 'ASN', 'HOST', 'COUNTRY', 'USER_AGENT', 'SUBNET', 'CAMPAIGN', 'CLUSTER', 'DETECTION'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** The GraphQL type name of each kind. */
export const TYPE_NAME: Record<EntityKind, string> = {
  IP: 'IP',
  JA4: 'JA4',
  ASN: 'ASN',
  HOST: 'Host',
  COUNTRY: 'Country',
  USER_AGENT: 'UserAgent',
  SUBNET: 'Subnet',
  CAMPAIGN: 'Campaign',
  CLUSTER: 'Cluster',
  DETECTION: 'Detection',
};

const JA4_PATTERN = /^[a-z0-9]{10}_[0-9a-f]{12}_[0-9a-f]{12}$/;
const HOST_PATTERN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

/** Validates an entity key typed by a person and returns its canonical form (BAD_USER_INPUT otherwise). */
export function parseKey(kind: EntityKind, raw: string): string {
  const value = raw.trim();
  switch (kind) {
    case 'IP':
      return parseIp(value);
    case 'JA4':
      if (!JA4_PATTERN.test(value.toLowerCase()))
        throw badInput(`"${short(value)}" is not a JA4 fingerprint (a_b_c, e.g. t13d1516h2_8daaf6152771_02713d6af862)`);
      return value.toLowerCase();
    case 'ASN': {
      const m = /^(?:AS)?(\d{1,10})$/i.exec(value);
      const n = m ? Number(m[1]) : NaN;
      if (!Number.isInteger(n) || n < 0 || n > 4294967295) throw badInput(`"${short(value)}" is not an AS number (e.g. 16276 or AS16276)`);
      return String(n);
    }
    case 'HOST':
      if (!HOST_PATTERN.test(value.toLowerCase())) throw badInput(`"${short(value)}" is not a host name`);
      return value.toLowerCase();
    case 'COUNTRY':
      if (!/^[A-Za-z]{2}$/.test(value)) throw badInput(`"${short(value)}" is not a two-letter country code`);
      return value.toUpperCase();
    case 'USER_AGENT':
      if (value.length === 0 || value.length > 2048) throw badInput('a User-Agent must be 1 to 2048 characters');
      return value;
    case 'SUBNET':
      return parseSubnet(value);
    case 'CAMPAIGN':
      if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(value)) throw badInput(`"${short(value)}" is not a campaign id`);
      return value;
    case 'CLUSTER':
    case 'DETECTION':
      if (!/^\d{1,20}$/.test(value)) throw badInput(`"${short(value)}" is not a ${kind.toLowerCase()} id`);
      return value;
  }
}

/** "a.b.c.d[/24]" → "a.b.c.0/24"; an IPv6 address or /64 → its /64 network. */
export function parseSubnet(value: string): string {
  const [addr = '', prefix] = value.split('/');
  if (prefix !== undefined && !['24', '64'].includes(prefix)) throw badInput('subnets are /24 (IPv4) or /64 (IPv6)');
  const ip = parseIp(addr);
  return ip.includes(':') ? `${ipv6Network64(ip)}/64` : `${ip.split('.').slice(0, 3).join('.')}.0/24`;
}

export const subnetOfIp = (ip: string) => parseSubnet(ip);

function ipv6Groups(ip: string): string[] {
  const [head = '', tail = ''] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return groups.map((g) => parseInt(g, 16).toString(16));
}

function ipv6Network64(ip: string): string {
  return compressIpv6(ipv6Groups(ip).slice(0, 4).concat(['0', '0', '0', '0']));
}

/** The first and last address of a canonical subnet key, as IPv6 text (IPv4 mapped): a range the primary key can use. */
export function subnetRange(key: string): [string, string] {
  const net = key.split('/')[0]!;
  if (!net.includes(':')) {
    const abc = net.split('.').slice(0, 3).join('.');
    return [`::ffff:${abc}.0`, `::ffff:${abc}.255`];
  }
  const head = ipv6Groups(net).slice(0, 4);
  return [net, compressIpv6([...head, 'ffff', 'ffff', 'ffff', 'ffff'])];
}

/** RFC 5952 text form, as ClickHouse prints IPv6. */
function compressIpv6(groups: string[]): string {
  let best = { at: -1, len: 0 };
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > best.len && j - i >= 2) best = { at: i, len: j - i };
    i = j;
  }
  if (best.at < 0) return groups.join(':');
  return `${groups.slice(0, best.at).join(':')}::${groups.slice(best.at + best.len).join(':')}`;
}

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);
