import { stringify } from 'csv-stringify/sync';
import { judgement, toIds, type ExportGraph } from './export.graph.js';

export const CSV_COLUMNS = [
  'record',
  'type',
  'key',
  'name',
  'to_type',
  'to_key',
  'link_kind',
  'source',
  'weight',
  'hits',
  'unique_ips',
  'detections',
  'worst_threat_level',
  'verdict',
  'judged_by',
  'to_ids',
  'ids_policy',
  'tags',
  'first_seen',
  'last_seen',
  'notes',
] as const;

/** Spreadsheets run a cell that starts with = + - @ as a formula: such text is prefixed with ' (OWASP CSV injection). */
const safe = (v: unknown) => (typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v);

/** Nodes then links, one table with a `record` column (node | link), a header row, RFC 4180 quoting. */
export function toCsv(g: ExportGraph): string {
  const notesOf = (type: string, key: string) =>
    g.notes
      .filter((n) => n.entity?.type === type && n.entity.key === key)
      .map((n) => `${n.author}: ${n.text}`)
      .join(' | ');
  const nodes = g.entities.map((e) => {
    const j = judgement(e);
    return {
      record: 'node',
      type: e.type,
      key: e.key,
      name: e.name ?? '',
      hits: e.hits,
      unique_ips: e.uniqueIps,
      detections: e.detectionCount,
      worst_threat_level: e.worstLevel ?? '',
      verdict: j.level ?? '',
      judged_by: j.by ?? '',
      to_ids: String(toIds(e, g.policy)),
      ids_policy: g.policy,
      tags: (e.verdict?.tags ?? []).join(';'),
      first_seen: e.firstSeen ?? '',
      last_seen: e.lastSeen ?? '',
      notes: notesOf(e.type, e.key),
    };
  });
  const links = g.links.map((l) => ({
    record: 'link',
    type: l.from.type,
    key: l.from.key,
    to_type: l.to.type,
    to_key: l.to.key,
    link_kind: l.kind,
    source: l.source,
    weight: l.weight,
    unique_ips: l.uniqueIps,
  }));
  const rows = [...nodes, ...links].map((r) => Object.fromEntries(CSV_COLUMNS.map((c) => [c, safe((r as Record<string, unknown>)[c] ?? '')])));
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows' });
}
