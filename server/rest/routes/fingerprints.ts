import {
  LegacyHeaderClusterIpsDocument,
  LegacyHeaderClustersDocument,
  LegacyTcpSpoofingDocument,
  LegacyTcpSpoofingSummaryDocument,
} from '../generated/graphql.js';
import { int } from '../params.js';
import { defineRoute, type Route } from '../route.js';

/** Header layouts this short, or sent with this many User-Agents, are flagged suspicious. */
const FEW_HEADERS = 5;
const MANY_USER_AGENTS = 5;

type Spoof = {
  ip: { address: string };
  claimedOs: string;
  inferredOs: string;
  ttl: number;
  mss: number;
  windowSize: number;
  ja4?: { fingerprint: string } | null;
  ja4t: string;
  userAgent: string;
  asnOrg: string;
  countryCode: string;
  hits: number;
  firstSeen: string;
  lastSeen: string;
  reason: string;
};
const spoof = (s: Spoof) => ({
  src_ip: s.ip.address,
  ua_os: s.claimedOs,
  tcp_os: s.inferredOs,
  ttl: s.ttl,
  mss: s.mss,
  window_size: s.windowSize,
  ja4: s.ja4?.fingerprint ?? '',
  ja4t: s.ja4t,
  user_agent: s.userAgent,
  asn_org: s.asnOrg,
  country_code: s.countryCode,
  hits: s.hits,
  first_seen: s.firstSeen,
  last_seen: s.lastSeen,
  reason: s.reason,
});

export const fingerprintRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/tcp-spoofing/list',
    tag: 'TCP Spoofing',
    summary: 'TCP stacks contradicting the claimed OS (last 7 days), most requests first',
    query: [{ name: 'limit', type: 'integer', description: '1–500, default 100.' }],
    operation: LegacyTcpSpoofingDocument,
    variables: ({ query }) => ({ first: int(query, ['limit'], { min: 1, max: 500, fallback: 100 }) }),
    shape: (d) => ({ items: d.tcpSpoofing.map(spoof), total: d.tcpSpoofing.length }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/tcp-spoofing/overview',
    tag: 'TCP Spoofing',
    summary: 'TCP/OS spoofing overview: IPs and requests per claimed and inferred OS',
    operation: LegacyTcpSpoofingSummaryDocument,
    variables: () => ({}),
    shape: ({ tcpSpoofingSummary: t }) => ({
      spoofing_ips: t.spoofingIps,
      spoofed_requests: t.spoofedRequests,
      by_claimed_os: t.byClaimedOs.map((x) => ({ ua_os: x.os, ips: x.ips, hits: x.hits })),
      by_inferred_os: t.byInferredOs.map((x) => ({ tcp_os: x.os, ips: x.ips, hits: x.hits })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/tcp-spoofing/matrix',
    tag: 'TCP Spoofing',
    summary: 'TTL × MSS matrix of the spoofing IPs',
    operation: LegacyTcpSpoofingSummaryDocument,
    variables: () => ({}),
    shape: ({ tcpSpoofingSummary: t }) => ({ cells: t.ttlMss.map((c) => ({ ttl: c.ttl, mss: c.mss, ips: c.ips, hits: c.hits })) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/headers/clusters',
    tag: 'Headers',
    summary: 'Header-order fingerprints (last 7 days), most IPs first, with a suspicion flag',
    query: [{ name: 'limit', type: 'integer', description: '1–500, default 50.' }],
    operation: LegacyHeaderClustersDocument,
    variables: ({ query }) => ({ first: int(query, ['limit'], { min: 1, max: 500, fallback: 50 }) }),
    shape: (d) => ({
      clusters: d.headerFingerprints.map((c) => ({
        hash: c.hash,
        headers: c.headers,
        header_count: c.headerCount,
        unique_ips: c.uniqueIps,
        hits: c.hits,
        user_agents: c.userAgents,
        sample_user_agent: c.sampleUserAgent,
        sample_ja4: c.sampleJa4,
        suspicious: c.headerCount <= FEW_HEADERS || c.userAgents >= MANY_USER_AGENTS,
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/headers/cluster/{hash}/ips',
    tag: 'Headers',
    summary: 'IPs sharing one header fingerprint',
    query: [{ name: 'limit', type: 'integer', description: '1–500, default 100.' }],
    operation: LegacyHeaderClusterIpsDocument,
    variables: ({ params, query }) => ({ hash: params.hash!, first: int(query, ['limit'], { min: 1, max: 500, fallback: 100 }) }),
    notFound: (d) => !d.headerFingerprint,
    shape: (d) => ({
      hash: d.headerFingerprint!.hash,
      headers: d.headerFingerprint!.headers,
      unique_ips: d.headerFingerprint!.uniqueIps,
      ips: d.headerFingerprint!.ips.map((i) => ({ ip: i.ip.address, hits: i.hits, asn_org: i.asnOrg, country_code: i.countryCode, user_agent: i.userAgent })),
    }),
  }),
];
