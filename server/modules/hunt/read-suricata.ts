import { excerpt, readAs, type Indicator, type Reading, type Unreadable } from './indicator.js';

/**
 * Suricata rules: the JA4 of every `ja4.hash; content:"…"` and the address of `alert ip <addr> …`
 * rules (as this project's export writes them). Other rules are listed back: they match what the
 * traffic layer does not hold.
 */
export function readSuricata(text: string): Reading {
  const indicators: Indicator[] = [];
  const unreadable: Unreadable[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    const at = `line ${i + 1}`;
    if (!line || line.startsWith('#')) return;
    const header = /^(alert|drop|reject|pass)\s+(\S+)\s+(\S+)\s+(\S+)\s+(->|<>)\s+(\S+)\s+(\S+)\s*\((.*)\)\s*$/.exec(line);
    if (!header) {
      unreadable.push({ at, text: excerpt(line), reason: 'not a Suricata rule (action proto src port -> dst port (options))' });
      return;
    }
    const options = header[8]!;
    const before = indicators.length;
    try {
      // a sticky buffer applies to the content matches that follow it
      for (const m of options.matchAll(/ja4\.hash\s*;\s*content\s*:\s*"([^"]+)"/g)) indicators.push({ ...readAs('JA4', m[1]!), at });
      for (const addr of [header[3]!, header[6]!]) {
        if (addr === 'any' || addr.startsWith('$') || addr.startsWith('!')) continue;
        for (const a of addr.replace(/^\[|\]$/g, '').split(',')) indicators.push({ ...readAs('IP', a), at });
      }
    } catch (err) {
      unreadable.push({ at, text: excerpt(line), reason: (err as Error).message });
      return;
    }
    if (indicators.length === before) unreadable.push({ at, text: excerpt(line), reason: 'a rule with no ja4.hash content and no address' });
  });
  return { format: 'SURICATA', indicators, unreadable };
}
