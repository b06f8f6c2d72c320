import { JA4_PLUS_TEMPLATE } from '../export/export.refs.js';
import { excerpt, readAs, type HuntKind, type Indicator, type Reading, type Unreadable } from './indicator.js';

interface MispAttribute {
  type?: unknown;
  value?: unknown;
  object_relation?: unknown;
  uuid?: unknown;
}

/** MISP attribute types a hunt reads, and which part of a composite (`a|b`) value holds what. */
const TYPES: Record<string, HuntKind | [HuntKind, HuntKind | null]> = {
  'ip-src': 'IP',
  'ip-dst': 'IP',
  'ip-src|port': ['IP', null],
  'ip-dst|port': ['IP', null],
  hostname: 'HOST',
  domain: 'HOST',
  'domain|ip': ['HOST', 'IP'],
  'hostname|port': ['HOST', null],
  url: 'HOST',
  AS: 'ASN',
  'user-agent': 'USER_AGENT',
  'ja4-fingerprint': 'JA4',
};
/** Types that carry no indicator of their own: the event's prose and metadata. */
const CONTEXT = new Set(['text', 'comment', 'other', 'link', 'datetime', 'counter']);

/**
 * A MISP event (as MISP's REST API and its JSON export write it, or `{response: [...]}`): its
 * attributes of the types above, and the JA4s of its `ja4-plus` objects (other JA4+ kinds, JA4H or
 * JA4S, are listed back: the traffic layer keys TLS client fingerprints).
 */
export function readMisp(doc: Record<string, unknown>): Reading {
  const events = Array.isArray(doc.response) ? doc.response.map((r) => (r as { Event?: unknown }).Event ?? r) : [doc.Event ?? doc];
  const indicators: Indicator[] = [];
  const unreadable: Unreadable[] = [];
  const take = (kind: HuntKind, value: string, at: string) => {
    try {
      indicators.push({ ...readAs(kind, value), at });
    } catch (err) {
      unreadable.push({ at, text: excerpt(value), reason: (err as Error).message });
    }
  };
  const attribute = (a: MispAttribute, at: string) => {
    const type = String(a.type ?? '');
    const value = typeof a.value === 'string' || typeof a.value === 'number' ? String(a.value) : '';
    const kind = TYPES[type];
    if (!kind) {
      if (!CONTEXT.has(type)) unreadable.push({ at, text: excerpt(`${type}: ${value}`), reason: `MISP type ${type || '(none)'} is not in the traffic` });
      return;
    }
    if (typeof kind === 'string') return take(kind, value, at);
    const parts = value.split('|');
    kind.forEach((k, i) => k && parts[i] !== undefined && take(k, parts[i]!, at));
  };
  events.forEach((raw, e) => {
    const event = (raw ?? {}) as { Attribute?: unknown; Object?: unknown };
    if (!Array.isArray(event.Attribute) && !Array.isArray(event.Object)) throw new Error('a MISP event needs an Attribute or Object list');
    const place = (kind: string, i: number, a?: MispAttribute) =>
      typeof a?.uuid === 'string' ? a.uuid : `Event${events.length > 1 ? `[${e}]` : ''}.${kind}[${i}]`;
    ((event.Attribute ?? []) as MispAttribute[]).forEach((a, i) => attribute(a, place('Attribute', i, a)));
    ((event.Object ?? []) as { name?: unknown; template_uuid?: unknown; Attribute?: unknown }[]).forEach((o, i) => {
      const attrs = (Array.isArray(o.Attribute) ? o.Attribute : []) as MispAttribute[];
      if (o.name === JA4_PLUS_TEMPLATE.name || o.template_uuid === JA4_PLUS_TEMPLATE.uuid) {
        const type = attrs.find((a) => a.object_relation === 'ja4-type')?.value ?? 'JA4';
        const fp = attrs.find((a) => a.object_relation === 'ja4-fingerprint');
        if (fp && type === 'JA4') take('JA4', String(fp.value ?? ''), place('Object', i, fp));
        else if (fp)
          unreadable.push({
            at: place('Object', i, fp),
            text: excerpt(String(fp.value)),
            reason: `a ${String(type)} fingerprint is not in the traffic (JA4 client fingerprints are)`,
          });
        attrs.filter((a) => a.object_relation === 'ip-src').forEach((a, j) => attribute(a, place(`Object[${i}].Attribute`, j, a)));
        return;
      }
      attrs.forEach((a, j) => attribute(a, place(`Object[${i}].Attribute`, j, a)));
    });
  });
  return { format: 'MISP', indicators, unreadable };
}
