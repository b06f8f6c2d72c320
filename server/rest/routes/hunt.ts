import { offsetToCursor } from '@pothos/plugin-relay';
import { LegacyRetroHuntDocument, type HuntFormat, type HuntSort, type WindowPreset } from '../generated/graphql.js';
import { badRequest } from '../errors.js';
import { bodyText, int, oneOf, text } from '../params.js';
import { defineRoute, type Route } from '../route.js';

/** What a hunt accepts as its body: an explicit list, anything else is a 415 before it is read. */
export const HUNT_CONTENT_TYPES = ['application/json', 'application/stix+json', 'text/plain', 'text/csv'] as const;

const FORMATS: Record<string, HuntFormat> = { text: 'TEXT', csv: 'CSV', stix: 'STIX', misp: 'MISP', suricata: 'SURICATA' };
const PRESETS: Record<string, WindowPreset> = {
  '24h': 'LAST_24H',
  '7d': 'LAST_7D',
  '30d': 'LAST_30D',
  '90d': 'LAST_90D',
  '365d': 'LAST_365D',
};
const SORTS: Record<string, HuntSort> = { document: 'DOCUMENT', requests: 'REQUESTS', detections: 'DETECTIONS', last_seen: 'LAST_SEEN' };

const instant = (v: string, name: string) => {
  const d = new Date(v);
  if (!/^\d{4}-\d{2}-\d{2}/.test(v) || Number.isNaN(d.getTime())) throw badRequest(`${name} must be an ISO 8601 time`);
  return d.toISOString();
};

/** A request object (`{"text": …}`) or the document itself (a STIX bundle or MISP event posted as is, CSV, text). */
function documentOf(body: unknown): { text: string; format?: string; column?: string; source?: string } {
  if (typeof body === 'string') return { text: body };
  const b = body as Record<string, unknown>;
  if (b && typeof b === 'object' && !Array.isArray(b) && typeof b.text === 'string')
    return { text: b.text, format: bodyText(b, 'format', 20), column: bodyText(b, 'column', 200), source: bodyText(b, 'source', 200) };
  return { text: JSON.stringify(body) };
}

export const huntRoutes: Route[] = [
  defineRoute({
    method: 'POST',
    path: '/api/hunt',
    tag: 'Hunt',
    summary:
      'Retro-hunt: which of these indicators did the traffic see, when, and what else did they touch. Body: pasted text or a CSV (text/plain, text/csv), a STIX 2.1 bundle or a MISP event (application/json, application/stix+json), or {"text", "format"?, "column"?, "source"?} as JSON; at most HUNT_MAX_BYTES (10 MB). Answers per indicator seen, first and last seen, requests, detections by level, the analyst’s verdict and the linked entities that matched, with what could not be read.',
    accepts: HUNT_CONTENT_TYPES,
    query: [
      { name: 'format', description: 'The document’s format; detected when absent.', enum: Object.keys(FORMATS) },
      { name: 'column', description: 'A CSV’s indicator column (its header or 1-based number).' },
      { name: 'source', description: 'Where the document came from (said back).' },
      { name: 'window', description: 'The window, ending now (default 30d).', enum: Object.keys(PRESETS) },
      { name: 'since', description: 'Or an explicit window: its start (ISO 8601), with `until` (default now); at most 365 days.' },
      { name: 'until', description: 'The explicit window’s end (ISO 8601, exclusive).' },
      { name: 'seen', description: 'Only the seen (true) or unseen (false) indicators.', enum: ['true', 'false'] },
      { name: 'sort', description: 'The order of the matches (default document).', enum: Object.keys(SORTS) },
      { name: 'limit', type: 'integer', description: 'Matches per page (1–500, default 500).' },
      { name: 'offset', type: 'integer', description: 'Matches to skip (default 0).' },
    ],
    operation: LegacyRetroHuntDocument,
    variables: ({ query, body }) => {
      const doc = documentOf(body);
      const format = oneOf(query, ['format'], FORMATS) ?? (doc.format ? FORMATS[doc.format.toLowerCase()] : undefined);
      if (doc.format && !format) throw badRequest(`format must be one of ${Object.keys(FORMATS).join(', ')}`);
      const seen = query.seen === undefined ? undefined : query.seen === 'true' ? true : query.seen === 'false' ? false : null;
      if (seen === null) throw badRequest('seen must be true or false');
      const offset = int(query, ['offset'], { min: 0, max: 1_000_000, fallback: 0 });
      return {
        input: {
          text: doc.text,
          format: format ?? null,
          column: text(query, ['column']) ?? doc.column ?? null,
          source: text(query, ['source']) ?? doc.source ?? null,
        },
        window: query.since
          ? { since: instant(query.since, 'since'), until: query.until ? instant(query.until, 'until') : null }
          : { preset: oneOf(query, ['window'], PRESETS) ?? 'LAST_30D' },
        first: int(query, ['limit'], { min: 1, max: 500, fallback: 500 }),
        after: offset ? offsetToCursor(offset - 1) : null,
        seen: seen ?? null,
        sort: oneOf(query, ['sort'], SORTS) ?? null,
      };
    },
    shape: (data) => {
      const h = data.retroHunt;
      return {
        format: h.format.toLowerCase(),
        source: h.source,
        window: { since: h.since, until: h.until },
        summary: { indicators: h.summary.indicators, seen: h.summary.seen, not_seen: h.summary.notSeen, unreadable: h.summary.unreadable },
        total: h.matches.totalCount,
        matches: h.matches.edges.map(({ node: m }) => ({
          kind: m.kind.toLowerCase(),
          value: m.value,
          at: m.at,
          seen: m.seen,
          first_seen: m.firstSeen,
          last_seen: m.lastSeen,
          requests: m.requests,
          unique_ips: m.uniqueIps,
          detections: {
            critical: m.detections.critical,
            high: m.detections.high,
            medium: m.detections.medium,
            low: m.detections.low,
            known_bot: m.detections.knownBot,
            total: m.detections.total,
          },
          verdict: m.verdict?.toLowerCase() ?? null,
          linked_count: m.linkedCount,
          linked: m.linked.map((l) => ({ type: l.__typename.toLowerCase(), value: l.key })),
        })),
        unreadable: h.unreadable,
      };
    },
  }),
];
