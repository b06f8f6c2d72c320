import type { ClassificationLabel, EntityType, WindowPreset } from '../../gql/graphql';

/** What POST /api/hunt answers (the REST shape: a hunt's document travels as an upload, past GraphQL's body limit). */
export interface HuntMatch {
  kind: 'ip' | 'cidr' | 'subnet' | 'ja4' | 'asn' | 'host' | 'user_agent';
  value: string;
  at: string;
  seen: boolean;
  first_seen: string | null;
  last_seen: string | null;
  requests: number;
  unique_ips: number;
  detections: { critical: number; high: number; medium: number; low: number; known_bot: number; total: number };
  verdict: 'malicious' | 'suspicious' | 'legitimate' | null;
  linked_count: number;
  linked: { type: string; value: string }[];
}

export interface HuntAnswer {
  format: string;
  source: string | null;
  window: { since: string; until: string };
  summary: { indicators: number; seen: number; not_seen: number; unreadable: number };
  total: number;
  matches: HuntMatch[];
  unreadable: { at: string; text: string; reason: string }[];
}

export const HUNT_FORMATS = ['auto', 'text', 'csv', 'stix', 'misp', 'suricata'] as const;
export type HuntFormatChoice = (typeof HUNT_FORMATS)[number];

/** The window presets a hunt takes (it reads only the graph layer: up to a year). */
export const HUNT_WINDOWS: { value: string; preset: WindowPreset; label: string }[] = [
  { value: '7d', preset: 'LAST_7D', label: 'Last 7 days' },
  { value: '30d', preset: 'LAST_30D', label: 'Last 30 days' },
  { value: '90d', preset: 'LAST_90D', label: 'Last 90 days' },
  { value: '365d', preset: 'LAST_365D', label: 'Last 365 days' },
];

/** The graph's entity type of a match, and of a linked entity (a CIDR is a range, not an entity). */
export const entityTypeOf = (kind: string): EntityType | null => (kind === 'cidr' ? null : (kind.toUpperCase() as EntityType));
export const verdictOf = (v: HuntMatch['verdict']): ClassificationLabel | null => (v ? (v.toUpperCase() as ClassificationLabel) : null);

/** A file's content type as the hunt accepts it, from its name (browsers often give none for .rules or .csv). */
export function contentTypeOf(name: string | null): string {
  if (!name) return 'text/plain';
  if (/\.json$/i.test(name)) return 'application/json';
  if (/\.csv$/i.test(name)) return 'text/csv';
  return 'text/plain';
}

export class HuntError extends Error {}

/** Posts a document to the hunt and reads its answer; the API's message on a 4xx. */
export async function postHunt(
  body: Blob | string,
  opts: { name: string | null; format: HuntFormatChoice; column: string; window: string; offset?: number },
): Promise<HuntAnswer> {
  const q = new URLSearchParams({ window: opts.window, limit: '500' });
  if (opts.format !== 'auto') q.set('format', opts.format);
  if (opts.column.trim()) q.set('column', opts.column.trim());
  if (opts.name) q.set('source', opts.name);
  if (opts.offset) q.set('offset', String(opts.offset));
  const res = await fetch(`/api/hunt?${q}`, { method: 'POST', headers: { 'content-type': contentTypeOf(opts.name) }, body });
  const json = (await res.json().catch(() => null)) as (HuntAnswer & { error?: { message: string } }) | null;
  if (!res.ok || !json) throw new HuntError(json?.error?.message ?? `The hunt failed (HTTP ${res.status}).`);
  return json;
}
