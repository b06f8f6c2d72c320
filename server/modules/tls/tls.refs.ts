import { browserFamily, classifyUserAgent, USER_AGENT_CLAIM_PATTERNS } from '../user-agent/user-agent.refs.js';
import { KNOWN_APPLICATIONS } from '../ja4/ja4.refs.js';
import type { Context } from '../../context.js';
import { keyedLoader } from '../../schema/loaders.js';
import type { Db } from '../../db/client.js';
import type { Window } from '../../schema/window.js';
import { createCoherenceRepository, createTlsRepository, MAX_PAIRS, type ClaimRow } from './tls.repository.js';

/** Modern browsers offer at least this many cipher suites in a TLS 1.3 ClientHello. */
const MIN_BROWSER_CIPHERS = 14;

/**
 * Why a TLS fingerprint cannot come from the browser a User-Agent claims, or null when it can.
 * Reads JA4 section a (t13d1516h2: protocol, version, SNI, cipher and extension counts, ALPN)
 * and FoxIO's mapping of known libraries.
 */
export function tlsContradiction(ja4: string, userAgent: string): string | null {
  if (classifyUserAgent(userAgent) !== 'browser') return null;
  const family = browserFamily(userAgent) || 'a browser';
  const known = KNOWN_APPLICATIONS.get(ja4)?.find((k) => k.library && !k.application);
  if (known) return `User-Agent claims ${family} but the JA4 is the ${known.library} library's`;
  const a = ja4.split('_')[0] ?? '';
  if (a.slice(1, 3) !== '13') return `User-Agent claims ${family} but the client does not offer TLS 1.3`;
  if (a.slice(8, 10) !== 'h2') return `User-Agent claims ${family} but the client offers no HTTP/2 (ALPN ${a.slice(8, 10)})`;
  const ciphers = Number(a.slice(4, 6));
  if (ciphers < MIN_BROWSER_CIPHERS) return `User-Agent claims ${family} but the client offers only ${ciphers} cipher suites`;
  return null;
}

/** Why each IP's TCP stack contradicts its claimed OS (undefined when it does not): the TLS panel, the evasion ranking and the risk score read it. */
export const tcpContradictionLoader = (ctx: Context) =>
  keyedLoader(
    ctx.loaders,
    'tls.tcp',
    {},
    (ips) => createCoherenceRepository(ctx.db).tcpContradictions(ips),
    (r) => r.ip,
    (rs) => rs[0]?.reason,
  );

/** What each JA4's User-Agents claim, and each category over all JA4s, with exact IPs per group. */
export const claims = (db: Db, w: Window) => createTlsRepository(db).claims(w, USER_AGENT_CLAIM_PATTERNS, MAX_PAIRS);

/** Its claims whose User-Agents name a browser the fingerprint cannot be, with the reason. */
export const lyingClaims = (rows: ClaimRow[]) =>
  rows.flatMap((r) => {
    const reason = !r.every_ja4 && r.category === 'browser' ? tlsContradiction(r.ja4, r.sample) : null;
    return reason ? [{ ...r, family: r.family || 'browser', reason }] : [];
  });
