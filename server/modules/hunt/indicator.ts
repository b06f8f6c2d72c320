import { isIP } from 'node:net';
import { parseKey, type EntityKind } from '../../graph/entity.kinds.js';

/**
 * What a hunt looks for: a layer entity by its key (an IP, a JA4, an AS, a host, a User-Agent, a
 * /24 or /64), or CIDR, a range of IPs of any other prefix.
 */
export type HuntKind = Extract<EntityKind, 'IP' | 'JA4' | 'ASN' | 'HOST' | 'USER_AGENT' | 'SUBNET'> | 'CIDR';
export const HUNT_KINDS: readonly HuntKind[] = ['IP', 'CIDR', 'SUBNET', 'JA4', 'ASN', 'HOST', 'USER_AGENT'];

export interface Indicator {
  kind: HuntKind;
  /** Canonical: the layer's key, or for a CIDR its network address and prefix. */
  value: string;
  /** Where it was read: a line (1-based) or a path in the document. */
  at: string;
}

export interface Unreadable {
  at: string;
  /** The start of what was there (never HTML: it goes back as JSON text). */
  text: string;
  reason: string;
}

export interface Reading {
  format: HuntFormat;
  indicators: Indicator[];
  unreadable: Unreadable[];
}

export const HUNT_FORMATS = ['TEXT', 'CSV', 'STIX', 'MISP', 'SURICATA'] as const;
export type HuntFormat = (typeof HUNT_FORMATS)[number];

/** The longest single value read as an indicator: a longer one is listed back as unreadable. */
export const MAX_INDICATOR_CHARS = 2048;

export const excerpt = (s: string) => (s.length > 120 ? `${s.slice(0, 120)}…` : s);

/** An IPv6 address in the text form the layer keys it by (RFC 5952, as ClickHouse prints it). */
const canonicalIpv6 = (ip: string) => new URL(`http://[${ip}]`).hostname.slice(1, -1);

/**
 * A CIDR as a hunt reads it: /32 and /128 are addresses, /24 and /64 the layer's subnets, any other
 * prefix a range. Ranges wider than /8 (IPv4) or /16 (IPv6) are refused: they match a continent.
 */
export function readCidr(text: string): { kind: HuntKind; value: string } {
  const [addr = '', bits = ''] = text.split('/');
  const version = isIP(addr);
  const prefix = /^\d{1,3}$/.test(bits) ? Number(bits) : NaN;
  if (!version || !(prefix >= 0 && prefix <= (version === 4 ? 32 : 128))) throw new Error('not a CIDR (address/prefix)');
  if (version === 4 && prefix === 32) return { kind: 'IP', value: parseKey('IP', addr) };
  if (version === 6 && prefix === 128) return { kind: 'IP', value: canonicalIpv6(parseKey('IP', addr)) };
  if ((version === 4 && prefix === 24) || (version === 6 && prefix === 64)) return { kind: 'SUBNET', value: parseKey('SUBNET', text) };
  const network = networkOf(addr, prefix, version as 4 | 6);
  // a range is read by the text its addresses start with: an IPv6 range needs a first group that is not zero
  if (prefix < (version === 4 ? 8 : 16) || network.startsWith(':')) throw new Error(`/${prefix} is too wide to hunt (at most /${version === 4 ? 8 : 16})`);
  return { kind: 'CIDR', value: `${network}/${prefix}` };
}

function networkOf(addr: string, prefix: number, version: 4 | 6): string {
  if (version === 4) {
    const n = addr.split('.').reduce((a, o) => a * 256 + Number(o), 0);
    const net = prefix === 0 ? 0 : Math.floor(n / 2 ** (32 - prefix)) * 2 ** (32 - prefix);
    return [24, 16, 8, 0].map((s) => Math.floor(net / 2 ** s) % 256).join('.');
  }
  const full = new URL(`http://[${addr}]`).hostname.slice(1, -1);
  const [head = '', tail = ''] = full.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = (full.includes('::') ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t] : h).map((g) => parseInt(g, 16));
  const masked = groups.map((g, i) => {
    const keep = Math.max(0, Math.min(16, prefix - i * 16));
    return keep === 16 ? g : keep === 0 ? 0 : g & (0xffff << (16 - keep)) & 0xffff;
  });
  return canonicalIpv6(masked.map((g) => g.toString(16)).join(':'));
}

/** A value already known to be of `kind`, in its canonical form; throws with the reason otherwise. */
export function readAs(kind: HuntKind, raw: string): { kind: HuntKind; value: string } {
  const text = raw.trim();
  if (text.length > MAX_INDICATOR_CHARS) throw new Error(`longer than ${MAX_INDICATOR_CHARS} characters`);
  if (kind === 'CIDR' || kind === 'SUBNET' || (kind === 'IP' && text.includes('/'))) return readCidr(text);
  if (kind === 'IP') {
    const ip = parseKey('IP', text);
    return { kind, value: ip.includes(':') ? canonicalIpv6(ip) : ip };
  }
  if (kind === 'HOST') return { kind, value: parseKey('HOST', hostOf(text)) };
  return { kind, value: parseKey(kind, text) };
}

/** A URL's host (an indicator URL names the server it reaches), or the text itself. */
export function hostOf(text: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  try {
    return new URL(text).hostname;
  } catch {
    return text;
  }
}

const JA4 = /^[a-z0-9]{10}_[0-9a-f]{12}_[0-9a-f]{12}$/i;

/** One token with no context: what kind it looks like (null: none); throws where it looks like one and is not. */
export function guess(token: string): { kind: HuntKind; value: string } | null {
  const t = token.trim();
  if (t.includes('/') && !/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) return /^[0-9a-f.:]+\/\d+$/i.test(t) ? readCidr(t) : null;
  if (/^[\d.]+$/.test(t) && t.split('.').length === 4) return readAs('IP', t);
  if (isIP(t) || (/^[0-9a-f:]+$/i.test(t) && t.split(':').length > 2)) return readAs('IP', t);
  if (JA4.test(t)) return readAs('JA4', t);
  if (/^AS\d{1,10}$/i.test(t)) return readAs('ASN', t);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t) || /^[a-z0-9.-]+\.[a-z][a-z0-9-]*(:\d{1,5})?$/i.test(t)) return readAs('HOST', t);
  return null;
}

/** Indicators without repeats (the first place each was read kept). */
export function distinct(xs: Indicator[]): Indicator[] {
  const seen = new Set<string>();
  return xs.filter((x) => {
    const id = `${x.kind}\u0000${x.value}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
