import type { Db } from '../../db/client.js';
import { ipText, subnetText } from '../../db/http-logs.js';
import { sql } from '../../db/sql.js';
import type { Window } from '../../db/window.js';
import { hourlyAndDaily } from '../../graph/layer.sql.js';

export interface PairRow {
  ja4: string;
  user_agent: string;
  hits: number;
  unique_ips: number;
}

/** How many (JA4, User-Agent) pairs a matrix reads at most, busiest first. */
export const MAX_PAIRS = 5000;

/** What a User-Agent claims, by the first matching pattern of each list (RE2). */
export interface ClaimPatterns {
  categories: readonly [string, string][];
  families: readonly [string, string][];
}

/** Requests of one JA4 (or, with `every_ja4`, of all) whose User-Agents claim one category and browser family. */
export interface ClaimRow {
  ja4: string;
  every_ja4: number;
  category: string;
  family: string;
  hits: number;
  unique_ips: number;
  user_agents: number;
  sample: string;
}

export function createTlsRepository(db: Db) {
  return {
    /** (JA4, User-Agent) pairs of the window, optionally for some IPs only. */
    pairs: (w: Window, ips?: readonly string[]) =>
      db.query<PairRow & { ip?: string }>(
        sql`SELECT ${ips ? sql`${ipText('src_ip')} AS ip,` : sql.empty} toString(ja4) AS ja4, header_user_agent AS user_agent,
                   count() AS hits, uniqExact(src_ip) AS unique_ips
            FROM ${db.table('http_logs')}
            WHERE time >= ${w.since} AND time < ${w.until} AND ja4 != ''
              ${ips ? sql`AND src_ip IN ${sql.typed(ips, 'Array(IPv6)')}` : sql.empty}
            GROUP BY ${ips ? sql`src_ip, ` : sql.empty}ja4, user_agent ORDER BY hits DESC LIMIT ${MAX_PAIRS}`,
        { label: 'tls.pairs' },
      ),

    /**
     * Requests, distinct IPs and User-Agents per (JA4, what its User-Agents claim), and per claimed
     * category over every JA4, from the layer's JA4 → User-Agent links: the IPs are each group's
     * exact set (an IP sending four User-Agents is one IP), busiest groups first.
     */
    claims: (w: Window, patterns: ClaimPatterns, limit: number) => {
      // the name of the first pattern the User-Agent matches, `otherwise` when none does
      const first = (p: readonly [string, string][], otherwise: string) =>
        sql`${sql.typed([otherwise, ...p.map((x) => x[0])], 'Array(String)')}[arrayFirstIndex(p -> match(ua, p), ${sql.typed(
          p.map((x) => x[1]),
          'Array(String)',
        )}) + 1]`;
      const links = hourlyAndDaily(
        'graph_links',
        db,
        sql`from_key, to_key, hits, ips`,
        sql`source = 'traffic' AND from_kind = 'JA4' AND to_kind = 'USER_AGENT'`,
        w,
        ['JA4'],
      );
      return db.query<ClaimRow>(
        sql`SELECT ja4, grouping(ja4) AS every_ja4, category, family, sum(pair_hits) AS hits, uniqExactMerge(pair_ips) AS unique_ips,
                   uniqExact(ua) AS user_agents, argMax(ua, pair_hits) AS sample
            FROM (
              SELECT ja4, ua, pair_hits, pair_ips, ${first(patterns.categories, 'unknown')} AS category, ${first(patterns.families, '')} AS family
              FROM (SELECT from_key AS ja4, to_key AS ua, sum(hits) AS pair_hits, uniqExactMergeState(ips) AS pair_ips FROM (${links}) GROUP BY ja4, ua)
            )
            GROUP BY GROUPING SETS ((ja4, category, family), (category))
            ORDER BY every_ja4 DESC, hits DESC, ja4, category, family LIMIT ${limit}`,
        { label: 'tls.claims' },
      );
    },

    /** Per JA4: its ASes, the busiest AS and its share, and the share of its scored windows the detector flagged. */
    asnConcentration: (w: Window, limit: number) =>
      db.query<{ ja4: string; asns: number; unique_ips: number; hits: number; top_asn: number; top_asn_hits: number; flagged_share: number }>(
        sql`SELECT a.ja4 AS ja4, a.asns AS asns, a.unique_ips AS unique_ips, a.hits AS hits, a.top_asn AS top_asn, a.top_asn_hits AS top_asn_hits,
                   ifNull(f.share, 0) AS flagged_share
            FROM (
              SELECT ja4, uniqExact(asn) AS asns, uniqExactMerge(ips) AS unique_ips, sum(asn_hits) AS hits,
                     argMax(asn, asn_hits) AS top_asn, max(asn_hits) AS top_asn_hits
              FROM (
                SELECT toString(ja4) AS ja4, asn, uniqExactState(src_ip) AS ips, sum(hits) AS asn_hits
                FROM ${db.table('agg_host_ip_ja4_1h')}
                WHERE window_start >= toStartOfHour(${w.since}) AND window_start < ${w.until} AND ja4 != ''
                GROUP BY ja4, asn
              ) GROUP BY ja4
            ) AS a
            LEFT JOIN (
              SELECT toString(ja4) AS ja4, countIf(threat_level NOT IN ('LEGITIMATE_BROWSER', 'KNOWN_BOT')) / count() AS share
              FROM ${db.table('ml_all_scores')} WHERE detected_at >= ${w.since} AND detected_at < ${w.until} GROUP BY ja4
            ) AS f ON f.ja4 = a.ja4
            ORDER BY hits DESC, ja4 LIMIT ${limit}`,
        { label: 'tls.asnConcentration' },
      ),
  };
}

export function createCoherenceRepository(db: Db) {
  return {
    /** The TCP/OS contradiction of each IP, if any (from the spoofing view). */
    tcpContradictions: (ips: readonly string[]) =>
      db.query<{ ip: string; reason: string }>(
        sql`SELECT ${ipText('src_ip')} AS ip, any(reason) AS reason
            FROM ${db.table('view_tcp_spoofing_detected')} WHERE src_ip IN ${sql.typed(ips, 'Array(IPv6)')} GROUP BY src_ip`,
        { label: 'tls.tcpContradictions' },
      ),
  };
}

export function createHuntRepository(db: Db) {
  const flagged = db.table('ml_detected_anomalies');
  const inWindow = (w: Window) => sql`detected_at >= ${w.since} AND detected_at < ${w.until} AND threat_level != 'KNOWN_BOT'`;
  return {
    /** The most detected IPs: candidates for the sophistication ranking. */
    mostDetectedIps: (w: Window, limit: number) =>
      db.query<{ ip: string }>(
        sql`SELECT ${ipText('src_ip')} AS ip FROM ${flagged} WHERE ${inWindow(w)}
            GROUP BY src_ip ORDER BY count() DESC, ip LIMIT ${limit}`,
        { label: 'hunt.candidates' },
      ),

    /** /24 networks (and IPv6 /64) with several flagged IPs, and how many IPs of them were never flagged. */
    hotSubnets: (w: Window, minFlagged: number, limit: number) =>
      db.query<{ subnet: string; flagged_ips: number; all_ips: number }>(
        sql`WITH subnets AS (
              SELECT ${subnetText('src_ip')} AS subnet, uniqExact(src_ip) AS flagged_ips
              FROM ${flagged} WHERE ${inWindow(w)} GROUP BY subnet HAVING flagged_ips >= ${minFlagged})
            SELECT s.subnet AS subnet, s.flagged_ips AS flagged_ips, a.all_ips AS all_ips FROM subnets AS s
            INNER JOIN (
              SELECT ${subnetText('src_ip')} AS subnet, uniqExact(src_ip) AS all_ips
              FROM ${db.table('http_logs')} WHERE time >= ${w.since} AND time < ${w.until} GROUP BY subnet) AS a ON a.subnet = s.subnet
            ORDER BY s.flagged_ips DESC, subnet LIMIT ${limit}`,
        { label: 'hunt.subnets' },
      ),
  };
}
