import { parse } from 'csv-parse/sync';
import { excerpt, guess, readAs, HUNT_KINDS, type HuntKind, type Indicator, type Reading, type Unreadable } from './indicator.js';

/** Header names of the column that holds the indicators, in the usual feeds' words. */
const VALUE_HEADERS = [
  'indicator',
  'ioc',
  'value',
  'observable',
  'key',
  'ip',
  'ip_address',
  'address',
  'ja4',
  'domain',
  'hostname',
  'host',
  'asn',
  'user_agent',
  'user-agent',
];
/** A column naming each row's kind: this project's CSV (`type`: IP, JA4 …) and MISP's (`type`: ip-src …). */
const TYPE_NAMES: Record<string, HuntKind> = {
  ...Object.fromEntries(HUNT_KINDS.map((k) => [k.toLowerCase(), k])),
  'ip-src': 'IP',
  'ip-dst': 'IP',
  ip: 'IP',
  ipv4: 'IP',
  ipv6: 'IP',
  cidr: 'CIDR',
  hostname: 'HOST',
  domain: 'HOST',
  url: 'HOST',
  as: 'ASN',
  asn: 'ASN',
  'user-agent': 'USER_AGENT',
  user_agent: 'USER_AGENT',
  useragent: 'USER_AGENT',
  ja4: 'JA4',
};
/** Kinds with no traffic of their own in an export (context, not indicators). */
const CONTEXT_KINDS = new Set(['country', 'campaign', 'cluster', 'detection']);

/** A spreadsheet runs a cell starting with = or @, or + or - before a non-digit: such a file is refused. */
const FORMULA = /^(?:[=@]|[+-][^\d.\s])/;

export interface CsvOptions {
  /** The column to read: its header name or its 1-based number; detected when absent. */
  column?: string | null;
}

/**
 * A CSV of indicators (a vendor's feed, MISP's or this project's export): RFC 4180 parsed by
 * csv-parse. The indicator column is the one named, else the one whose header says so, else the
 * one whose cells read as indicators most often; a `type` column beside it says each row's kind.
 */
export function readCsv(text: string, opts: CsvOptions = {}): Reading {
  const rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
  if (rows.length === 0) return { format: 'CSV', indicators: [], unreadable: [] };
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (FORMULA.test(cell)) throw new Error(`row ${r + 1}, column ${c + 1} holds a spreadsheet formula: the file is not read`);
    }),
  );
  const header = rows[0]!.map((h) => h.toLowerCase());
  const headed = header.some((h) => VALUE_HEADERS.includes(h) || h === 'type') || !header.some((h) => guessSafe(h));
  const body = headed ? rows.slice(1) : rows;
  const column = pickColumn(opts.column, headed ? header : null, body);
  const typeAt = headed ? header.indexOf('type') : -1;
  const recordAt = headed ? header.indexOf('record') : -1;
  const indicators: Indicator[] = [];
  const unreadable: Unreadable[] = [];
  body.forEach((row, i) => {
    const at = `row ${i + 1 + (headed ? 1 : 0)}`;
    // this project's CSV lists links after the nodes: their keys are nodes of their own
    if (recordAt >= 0 && row[recordAt] === 'link') return;
    const raw = (row[column] ?? '').replace(/^'(?=[=+\-@])/, '');
    if (!raw) return;
    const named = typeAt >= 0 ? (row[typeAt] ?? '').toLowerCase() : '';
    if (CONTEXT_KINDS.has(named)) return;
    try {
      const kind = TYPE_NAMES[named];
      const read = kind ? readAs(kind, raw) : guess(raw);
      if (read) indicators.push({ ...read, at });
      else unreadable.push({ at, text: excerpt(raw), reason: 'not an IP, CIDR, JA4, AS number, host name or URL (a type column can name a User-Agent)' });
    } catch (err) {
      unreadable.push({ at, text: excerpt(raw), reason: (err as Error).message });
    }
  });
  return { format: 'CSV', indicators, unreadable };
}

const guessSafe = (v: string) => {
  try {
    return guess(v) !== null;
  } catch {
    return false;
  }
};

function pickColumn(wanted: string | null | undefined, header: string[] | null, body: string[][]): number {
  if (wanted) {
    const n = /^\d+$/.test(wanted) ? Number(wanted) - 1 : (header?.indexOf(wanted.toLowerCase()) ?? -1);
    if (n < 0 || (header && n >= header.length)) throw new Error(`no column "${wanted}"${header ? ` (the columns: ${header.join(', ')})` : ''}`);
    return n;
  }
  const named = header?.findIndex((h) => VALUE_HEADERS.includes(h)) ?? -1;
  if (named >= 0) return named;
  const width = Math.max(...body.map((r) => r.length));
  const sample = body.slice(0, 200);
  let best = 0;
  let bestScore = -1;
  for (let c = 0; c < width; c++) {
    const score = sample.filter((r) => guessSafe(r[c] ?? '')).length;
    if (score > bestScore) [best, bestScore] = [c, score];
  }
  return best;
}
