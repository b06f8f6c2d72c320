import { excerpt, readAs, type HuntKind, type Indicator, type Reading, type Unreadable } from './indicator.js';
import { parseStixPattern, type Comparison } from './stix-pattern.js';
import { readSuricata } from './read-suricata.js';
import { STIX_LIST_SEPARATOR, STIX_REPORT_LISTS } from '../export/export.refs.js';

type StixObject = Record<string, unknown> & { type?: unknown; id?: unknown };

/** The object paths a hunt can match, and what each holds. */
function kindOf(c: Comparison): HuntKind | null {
  if ((c.object === 'ipv4-addr' || c.object === 'ipv6-addr') && c.path === 'value') return 'IP';
  if (c.object === 'domain-name' && c.path === 'value') return 'HOST';
  if (c.object === 'url' && c.path === 'value') return 'HOST';
  if (c.object === 'autonomous-system' && c.path === 'number') return 'ASN';
  if (c.object === 'network-traffic' && /^extensions\.[^.]+\.ja4$/.test(c.path)) return 'JA4';
  if (c.object === 'network-traffic' && /^extensions\.http-request-ext\.request_header\.user-agent$/i.test(c.path)) return 'USER_AGENT';
  return null;
}

/**
 * A STIX 2.1 bundle (OpenCTI's, a partner's, or this project's export): its observables (addresses,
 * domain names, autonomous systems, network traffic with a JA4 or a User-Agent), its indicators'
 * patterns (STIX, and Suricata rules carrying `ja4.hash`), and the JA4s and User-Agents a ja4graph
 * report lists. A pattern that is not STIX patterning refuses the bundle.
 */
export function readStix(doc: { objects?: unknown }): Reading {
  if (!Array.isArray(doc.objects)) throw new Error('a STIX bundle needs an "objects" array');
  const indicators: Indicator[] = [];
  const unreadable: Unreadable[] = [];
  const take = (kind: HuntKind, value: unknown, at: string) => {
    try {
      if (typeof value !== 'string' && typeof value !== 'number') throw new Error('no value');
      indicators.push({ ...readAs(kind, String(value)), at });
    } catch (err) {
      unreadable.push({ at, text: excerpt(String(value)), reason: (err as Error).message });
    }
  };
  doc.objects.forEach((raw, i) => {
    const o = (raw ?? {}) as StixObject;
    const at = typeof o.id === 'string' ? o.id : `objects[${i}]`;
    switch (o.type) {
      case 'ipv4-addr':
      case 'ipv6-addr':
        return take('IP', o.value, at);
      case 'domain-name':
        return take('HOST', o.value, at);
      case 'url':
        return take('HOST', o.value, at);
      case 'autonomous-system':
        return take('ASN', o.number, at);
      case 'network-traffic': {
        for (const ext of Object.values((o.extensions ?? {}) as Record<string, Record<string, unknown>>)) {
          if (typeof ext?.ja4 === 'string') take('JA4', ext.ja4, at);
          const headers = (ext?.request_header ?? {}) as Record<string, unknown>;
          for (const [name, v] of Object.entries(headers)) if (name.toLowerCase() === 'user-agent') take('USER_AGENT', v, at);
        }
        return;
      }
      case 'indicator':
        return readIndicator(o, at, take, indicators, unreadable);
      case 'report':
        // a ja4graph report names the JA4s and User-Agents that have no observable of their own
        for (const line of String(o.description ?? '').split('\n')) {
          for (const kind of ['JA4', 'USER_AGENT'] as const) {
            const head = `${STIX_REPORT_LISTS[kind]}: `;
            if (line.startsWith(head)) for (const v of line.slice(head.length).split(STIX_LIST_SEPARATOR)) take(kind, v, at);
          }
        }
        return;
      default:
        return;
    }
  });
  return { format: 'STIX', indicators, unreadable };
}

function readIndicator(o: StixObject, at: string, take: (k: HuntKind, v: unknown, at: string) => void, indicators: Indicator[], unreadable: Unreadable[]) {
  if (typeof o.pattern !== 'string') throw new Error(`${at}: an indicator needs a pattern`);
  if (o.pattern_type === 'suricata') {
    const rules = readSuricata(o.pattern);
    indicators.push(...rules.indicators.map((x) => ({ ...x, at })));
    unreadable.push(...rules.unreadable.map((x) => ({ ...x, at })));
    return;
  }
  if (o.pattern_type !== undefined && o.pattern_type !== 'stix') {
    unreadable.push({ at, text: excerpt(o.pattern), reason: `a ${String(o.pattern_type)} pattern is not read (STIX and Suricata are)` });
    return;
  }
  let comparisons: Comparison[];
  try {
    comparisons = parseStixPattern(o.pattern);
  } catch (err) {
    throw new Error(`${at}: ${(err as Error).message}`);
  }
  for (const c of comparisons) {
    const kind = kindOf(c);
    const text = `${c.object}:${c.path} ${c.operator} ${c.values.join(', ')}`;
    if (!kind)
      unreadable.push({ at, text: excerpt(text), reason: `${c.object}:${c.path} is not in the traffic (IPs, domains, AS numbers, JA4s and User-Agents are)` });
    else if (c.negated) unreadable.push({ at, text: excerpt(text), reason: 'a negated comparison names what is not the indicator' });
    else if (!['=', 'IN', 'ISSUBSET'].includes(c.operator)) unreadable.push({ at, text: excerpt(text), reason: `${c.operator} matches no single value` });
    else for (const v of c.values) take(kind, v, at);
  }
}
