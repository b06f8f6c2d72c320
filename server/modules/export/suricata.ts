import { createHash } from 'node:crypto';
import { IDS_POLICY_TEXT, judgement, toIds, type ExportEntity, type ExportGraph } from './export.graph.js';

/**
 * Rule ids: stable per value, so re-exporting updates rules instead of duplicating them. A hash into
 * a range of 100 million keeps clear of the public rule sets (ET uses 2 000 000–2 999 999).
 */
const SID_BASE = { JA4: 3_100_000_000, IP: 3_200_000_000 } as const;
export const sidOf = (kind: keyof typeof SID_BASE, value: string) =>
  SID_BASE[kind] + (createHash('sha256').update(value).digest().readUInt32BE(0) % 100_000_000);

/** Text safe inside a quoted rule option: Suricata escapes `"`, `;` and `\` with a backslash. */
const quoted = (s: string) => s.replace(/[\\";]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ');

const why = (e: ExportEntity) => {
  const j = judgement(e);
  return j.by === 'analyst' ? `classified ${j.level}` : j.level ? `detector ${e.worstLevel}` : 'in investigation';
};

export function suricataRule(e: ExportEntity, investigation: string): string {
  const msg = quoted(`ja4graph: JA4 ${e.key} ${why(e)} (${investigation.slice(0, 80)})`);
  return `alert tls any any -> any any (msg:"${msg}"; ja4.hash; content:"${e.key}"; requires: feature ja4; sid:${sidOf('JA4', e.key)}; rev:1;)`;
}

export function ipRule(e: ExportEntity, investigation: string): string {
  const msg = quoted(`ja4graph: IP ${e.key} ${why(e)} (${investigation.slice(0, 80)})`);
  return `alert ip ${e.key} any -> any any (msg:"${msg}"; sid:${sidOf('IP', e.key)}; rev:1;)`;
}

/** One rule per JA4 the policy sends to an IDS, and with `ipRules` one per such IP. */
export function toSuricata(g: ExportGraph, opts: { ipRules: boolean }): string {
  const header = [
    `# ja4graph export: ${g.name.replace(/[\r\n]+/g, ' ')}`,
    `# window ${g.window.since} – ${g.window.until}; ${g.entities.length} entities`,
    `# policy: ${IDS_POLICY_TEXT[g.policy]}.`,
    '# JA4 rules need Suricata 8 (or 7 with app-layer.protocols.tls.ja4-fingerprints: yes).',
  ];
  const ja4s = g.entities.filter((e) => e.type === 'JA4' && toIds(e, g.policy)).map((e) => suricataRule(e, g.name));
  const ips = opts.ipRules ? g.entities.filter((e) => e.type === 'IP' && toIds(e, g.policy)).map((e) => ipRule(e, g.name)) : [];
  return `${[...header, ...ja4s, ...ips].join('\n')}\n`;
}
