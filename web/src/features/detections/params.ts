import type { DetectionFilter, DetectionGroupSort, DetectionModel, DetectionSortField, SortDirection, ThreatLevel } from '../../gql/graphql';

export const THREAT_LEVELS: ThreatLevel[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'KNOWN_BOT', 'LEGITIMATE_BROWSER'];
export const MODELS: DetectionModel[] = ['COMPLET', 'APPLICATIF'];

/** Columns of the list: key, header, the server's sort field for it, shown by default. */
export const COLUMNS = [
  { key: 'detected_at', header: 'Date', sort: 'DETECTED_AT', on: true },
  { key: 'src_ip', header: 'IP', sort: 'IP', on: true },
  { key: 'ja4', header: 'JA4', sort: 'JA4', on: true },
  { key: 'host', header: 'Host', sort: 'HOST', on: true },
  { key: 'threat_level', header: 'Threat', sort: 'THREAT_LEVEL', on: true },
  { key: 'anomaly_score', header: 'Score', sort: 'ANOMALY_SCORE', on: true },
  { key: 'model_name', header: 'Model', sort: 'MODEL', on: false },
  { key: 'hits', header: 'Hits', sort: 'HITS', on: true },
  { key: 'hit_velocity', header: 'Velocity', sort: 'HIT_VELOCITY', on: false },
  { key: 'asn', header: 'ASN', sort: 'ASN_ORG', on: true },
  { key: 'country_code', header: 'Country', sort: 'COUNTRY', on: true },
  { key: 'client_headers', header: 'Client headers', sort: null, on: false },
  { key: 'bot_name', header: 'Bot', sort: 'BOT_NAME', on: false },
  { key: 'reason', header: 'Reason', sort: null, on: false },
] as const satisfies readonly { key: string; header: string; sort: DetectionSortField | null; on: boolean }[];
export type ColumnKey = (typeof COLUMNS)[number]['key'];

const SORT_FIELDS = new Map<string, DetectionSortField>(COLUMNS.filter((c) => c.sort).map((c) => [c.key, c.sort as DetectionSortField]));
const GROUP_SORTS: Record<string, DetectionGroupSort> = {
  detections: 'DETECTIONS',
  worst_score: 'WORST_SCORE',
  last_seen: 'LAST_SEEN',
  hits: 'HITS',
  src_ip: 'IP',
};

export const PAGE_SIZES = [20, 50, 100];

/** Everything the list shows, read from the URL in the legacy dashboard's parameter names. */
export function readListState(p: URLSearchParams) {
  const levels = (p.get('threat_level') ?? '')
    .split(',')
    .map((s) => s.trim().toUpperCase())
    .filter((l): l is ThreatLevel => THREAT_LEVELS.includes(l as ThreatLevel));
  const model = MODELS.find((m) => m === (p.get('model_name') ?? '').toUpperCase());
  const country = (p.get('country_code') ?? '').trim().toUpperCase();
  const asn = Number(p.get('asn_number'));
  const search = (p.get('search') ?? '').trim();
  const pageSize = PAGE_SIZES.includes(Number(p.get('page_size'))) ? Number(p.get('page_size')) : 20;
  const page = Math.max(1, Math.floor(Number(p.get('page')) || 1));
  const after = p.get('after');
  const before = p.get('before');
  const atEnd = p.get('at') === 'end';
  const grouped = p.get('group') === 'ip';
  const sortKey = p.get('sort_by') ?? (grouped ? 'detections' : 'detected_at');
  const direction: SortDirection = p.get('sort_order') === 'asc' ? 'ASC' : 'DESC';
  const cols =
    p
      .get('cols')
      ?.split(',')
      .filter((c): c is ColumnKey => COLUMNS.some((x) => x.key === c)) ?? COLUMNS.filter((c) => c.on).map((c) => c.key);
  const filter: DetectionFilter = {
    ...(levels.length ? { threatLevels: levels } : {}),
    ...(model ? { models: [model] } : {}),
    ...(/^[A-Z]{2}$/.test(country) ? { countryCodes: [country] } : {}),
    ...(Number.isInteger(asn) && asn > 0 ? { asns: [asn] } : {}),
    ...(search ? { search } : {}),
  };
  return {
    filter,
    levels,
    model,
    country,
    asn: asn > 0 ? asn : null,
    search,
    page,
    after,
    before,
    atEnd,
    pageSize,
    grouped,
    sortKey,
    direction,
    cols,
    sortField: SORT_FIELDS.get(sortKey) ?? 'DETECTED_AT',
    groupSort: GROUP_SORTS[sortKey] ?? 'DETECTIONS',
  };
}

/** The server reaches this many rows by offset at most: page numbers past it go to the last page. */
export const OFFSET_CEILING = 10_000;

type ListState = ReturnType<typeof readListState>;

/**
 * Where the detections page starts: a cursor (after a row, before a row), the end, or — for a
 * page-numbered link — an offset while it is within reach, else the last page.
 */
export function listPaging(s: ListState): { first?: number; after?: string; last?: number; before?: string; offset?: number } {
  if (s.after) return { first: s.pageSize, after: s.after };
  if (s.before) return { last: s.pageSize, before: s.before };
  const offset = (s.page - 1) * s.pageSize;
  if (s.atEnd || offset > OFFSET_CEILING - s.pageSize) return { last: s.pageSize };
  return { first: s.pageSize, offset };
}

/** Pages of the grouped list (numbered, within the offset ceiling). */
export const groupPages = (total: number, pageSize: number) => Math.max(1, Math.ceil(Math.min(total, OFFSET_CEILING) / pageSize));
export const groupOffset = (s: ListState) => (Math.min(s.page, Math.floor(OFFSET_CEILING / s.pageSize)) - 1) * s.pageSize;
