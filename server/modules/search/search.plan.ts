import { isIP } from 'node:net';
import { parseSubnet, type EntityKind } from '../../graph/entity.kinds.js';
import { countriesNamed } from '../country/country.refs.js';

export type MatchMode = 'EXACT' | 'PREFIX' | 'CONTAINS';

export interface SearchStep {
  kind: EntityKind;
  mode: MatchMode;
  /** The text matched against: the entity key, the organisation name (ASN), a range of addresses, or a key found by name (a country). */
  on: 'key' | 'asn_org' | 'cidr' | 'named';
  text: string;
  /** What to show for a key found by name. */
  label?: string;
}

const unmapped = (q: string) => q.replace(/^::ffff:/i, '');

/** What a typed query could mean, most specific first. */
export function planSearch(raw: string): SearchStep[] {
  const q = raw.trim();
  const steps: SearchStep[] = [];
  const ip = unmapped(q);
  if (isIP(ip)) steps.push({ kind: 'IP', mode: 'EXACT', on: 'key', text: ip.toLowerCase() });
  else if (/^[\d.]+\/\d{1,2}$|^[0-9a-f:]+\/\d{1,3}$/i.test(q) && isIP(q.split('/')[0]!)) {
    // a /24 or /64 is a subnet entity: it comes first, then the addresses inside any range
    const [net = '', bits] = q.split('/');
    if (bits === (isIP(net) === 4 ? '24' : '64')) steps.push({ kind: 'SUBNET', mode: 'EXACT', on: 'key', text: parseSubnet(q.toLowerCase()) });
    steps.push({ kind: 'IP', mode: 'CONTAINS', on: 'cidr', text: q.toLowerCase() });
  } else if (/^\d{1,3}\.[\d.]*$|^[0-9a-f]{1,4}:[0-9a-f:]*$/i.test(q)) steps.push({ kind: 'IP', mode: 'PREFIX', on: 'key', text: q.toLowerCase() });

  if (/^[a-z0-9]{10}_[0-9a-f]{12}_[0-9a-f]{12}$/i.test(q)) steps.push({ kind: 'JA4', mode: 'EXACT', on: 'key', text: q.toLowerCase() });
  else if (/^[a-z0-9_]{4,}$/i.test(q) && (/_/.test(q) || /^[tqd]1[0-3]/i.test(q) || /^[0-9a-f]{12}$/i.test(q))) {
    steps.push({ kind: 'JA4', mode: 'CONTAINS', on: 'key', text: q.toLowerCase() });
  }

  const asn = /^(?:AS)?(\d{1,10})$/i.exec(q);
  if (asn) steps.push({ kind: 'ASN', mode: 'EXACT', on: 'key', text: String(Number(asn[1])) });
  if (/^[A-Za-z]{2}$/.test(q)) steps.push({ kind: 'COUNTRY', mode: 'EXACT', on: 'key', text: q.toUpperCase() });

  if (/^[\p{L} .'()-]{3,}$/u.test(q))
    for (const c of countriesNamed(q)) steps.push({ kind: 'COUNTRY', mode: c.exact ? 'EXACT' : 'CONTAINS', on: 'named', text: c.code, label: c.name });

  if (q.length >= 3 && !isIP(ip)) {
    if (/^[a-z0-9.-]+$/i.test(q)) steps.push({ kind: 'HOST', mode: 'CONTAINS', on: 'key', text: q.toLowerCase() });
    steps.push({ kind: 'ASN', mode: 'CONTAINS', on: 'asn_org', text: q });
    steps.push({ kind: 'USER_AGENT', mode: 'CONTAINS', on: 'key', text: q });
    if (/^[A-Za-z0-9_.:-]+$/.test(q)) steps.push({ kind: 'CAMPAIGN', mode: 'CONTAINS', on: 'key', text: q });
  }
  return steps;
}
