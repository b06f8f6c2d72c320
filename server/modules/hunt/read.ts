import { distinct, HUNT_FORMATS, type HuntFormat, type Reading } from './indicator.js';
import { readCsv } from './read-csv.js';
import { readMisp } from './read-misp.js';
import { readStix } from './read-stix.js';
import { readSuricata } from './read-suricata.js';
import { readText } from './read-text.js';

export { HUNT_FORMATS, type HuntFormat };

/** A document that cannot be hunted at all: the hunt is refused with this reason, nothing runs. */
export class UnreadableDocument extends Error {}

export interface HuntDocument {
  text: string;
  /** Declared by the caller; detected from the content when absent. */
  format?: HuntFormat | null;
  /** A CSV's indicator column. */
  column?: string | null;
  /** The file's name, when there was one (`feed.csv`). */
  filename?: string | null;
}

const RULE = /^(alert|drop|reject|pass)\s+\S+\s+\S+\s+\S+\s+(->|<>)\s+\S+\s+\S+\s*\(/;

/** What a document is: its declared format, else its shape (JSON kind, rules, a CSV header, else text). */
export function formatOf(doc: HuntDocument, json: unknown): HuntFormat {
  if (doc.format) return doc.format;
  if (json !== undefined) {
    const o = json as Record<string, unknown>;
    if (o && o.type === 'bundle') return 'STIX';
    if (o && (o.Event || Array.isArray(o.response) || (Array.isArray(o.Attribute) && 'info' in o))) return 'MISP';
    throw new UnreadableDocument('a JSON document that is neither a STIX 2.1 bundle (type "bundle") nor a MISP event ({"Event": …})');
  }
  const lines = doc.text.split(/\r?\n/).filter((l) => l.trim() && !l.trim().startsWith('#'));
  if (lines.length && lines.filter((l) => RULE.test(l.trim())).length * 2 > lines.length) return 'SURICATA';
  const header = doc.text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
  if (/\.csv$/i.test(doc.filename ?? '') || /^("?[A-Za-z_ -]+"?,)+"?[A-Za-z_ -]+"?\r?$/.test(header)) return 'CSV';
  return 'TEXT';
}

/**
 * Reads indicators from any supported document. Refuses (UnreadableDocument) a binary file, JSON
 * that is neither STIX nor MISP, a STIX pattern that does not parse, a CSV with formulas; lists
 * back every part it could not read; removes repeats.
 */
export function readDocument(doc: HuntDocument): Reading {
  // eslint-disable-next-line no-control-regex
  if (/\u0000/.test(doc.text) || (doc.text.match(/[\u0001-\u0008\u000e-\u001f]/g)?.length ?? 0) > 8)
    throw new UnreadableDocument('a binary file: paste text, or upload CSV, a STIX bundle, a MISP event or Suricata rules');
  const trimmed = doc.text.trimStart();
  let json: unknown;
  if ((!doc.format || doc.format === 'STIX' || doc.format === 'MISP') && (trimmed.startsWith('{') || trimmed.startsWith('['))) {
    try {
      json = JSON.parse(trimmed);
    } catch (err) {
      throw new UnreadableDocument(`not valid JSON: ${(err as Error).message}`);
    }
  } else if (doc.format === 'STIX' || doc.format === 'MISP') throw new UnreadableDocument(`a ${doc.format} document is JSON`);
  const format = formatOf(doc, json);
  let reading: Reading;
  try {
    switch (format) {
      case 'STIX':
        reading = readStix(json as { objects?: unknown });
        break;
      case 'MISP':
        reading = readMisp(json as Record<string, unknown>);
        break;
      case 'SURICATA':
        reading = readSuricata(doc.text);
        break;
      case 'CSV':
        reading = readCsv(doc.text, { column: doc.column });
        break;
      case 'TEXT':
        reading = readText(doc.text);
        break;
    }
  } catch (err) {
    throw err instanceof UnreadableDocument ? err : new UnreadableDocument((err as Error).message);
  }
  return { ...reading, indicators: distinct(reading.indicators) };
}
