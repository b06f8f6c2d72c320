import { extractASNs, extractDomains, extractIPv6s, extractURLs, refang } from 'ioc-extractor';
import { excerpt, guess, hostOf, MAX_INDICATOR_CHARS, readAs, readCidr, type Indicator, type Reading, type Unreadable } from './indicator.js';

const CIDR_V4 = /\b\d{1,3}(?:\.\d{1,3}){3}\/\d{1,2}\b/g;
const CIDR_V6 = /(?<![\w:])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}\/\d{1,3}\b/gi;
// an IPv4 address not inside a longer run of digits and dots (999.1.1.1 is no address, not 99.1.1.1)
const IPV4 = /(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d]|\.\d)/g;
const JA4S = /\b[a-z0-9]{10}_[0-9a-f]{12}_[0-9a-f]{12}\b/gi;

/**
 * A list pasted from an e-mail, a report or a feed: one indicator per line, or prose with some in it.
 * Defanged forms are re-fanged; a line in double quotes is a User-Agent, as is `User-Agent: …`.
 */
export function readText(text: string, lineOffset = 0): Reading {
  const indicators: Indicator[] = [];
  const unreadable: Unreadable[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const at = `line ${i + 1 + lineOffset}`;
    const line = lines[i]!.trim();
    if (!line || line.startsWith('#') || line.startsWith('//')) continue;
    if (line.length > MAX_INDICATOR_CHARS) {
      unreadable.push({ at, text: excerpt(line), reason: `longer than ${MAX_INDICATOR_CHARS} characters` });
      continue;
    }
    const ua = /^"(.*)"$/.exec(line)?.[1] ?? /^user-agent:\s*(.+)$/i.exec(line)?.[1];
    try {
      if (ua !== undefined) {
        indicators.push({ ...readAs('USER_AGENT', ua.replace(/\\"/g, '"')), at });
        continue;
      }
      const found = readLine(refang(line));
      if (found.length) indicators.push(...found.map((f) => ({ ...f, at })));
      else
        unreadable.push({ at, text: excerpt(line), reason: 'no IP, CIDR, JA4, AS number, host name or URL on this line (a User-Agent goes in double quotes)' });
    } catch (err) {
      unreadable.push({ at, text: excerpt(line), reason: (err as Error).message });
    }
  }
  return { format: 'TEXT', indicators, unreadable };
}

/** One re-fanged line: itself as one indicator, or what its prose holds. */
function readLine(line: string): { kind: Indicator['kind']; value: string }[] {
  const whole = /\s/.test(line) ? null : guess(line.replace(/[,;]+$/, ''));
  if (whole) return [whole];
  const found: { kind: Indicator['kind']; value: string }[] = [];
  let rest = line;
  for (const re of [CIDR_V4, CIDR_V6]) {
    rest = rest.replace(re, (cidr) => {
      try {
        found.push(readCidr(cidr));
      } catch {
        // an address with a slash that is no CIDR: the address alone is read below
        return cidr.split('/')[0]!;
      }
      return ' ';
    });
  }
  rest = rest.replace(JA4S, (ja4) => (found.push(readAs('JA4', ja4)), ' '));
  const urls = extractURLs(rest, { strict: false });
  for (const u of urls) found.push(readAs('HOST', hostOf(u)));
  const tryRead = (kind: Indicator['kind'], v: string) => {
    try {
      found.push(readAs(kind, v));
    } catch {
      // a token the extractor took for an address or name that is none
    }
  };
  for (const ip of rest.match(IPV4) ?? []) tryRead('IP', ip);
  for (const ip of extractIPv6s(rest)) tryRead('IP', ip);
  for (const d of extractDomains(rest)) tryRead('HOST', d);
  for (const as of extractASNs(rest)) tryRead('ASN', as);
  return found;
}
