import {
  LegacyAsnCorrelationDocument,
  LegacyCoherenceDocument,
  LegacyJa4UaMatrixDocument,
  LegacyLegitimateJa4Document,
  LegacyTlsSpoofingDocument,
  LegacyUaAnalysisDocument,
  LegacySophisticationDocument,
  LegacyHuntDocument,
  LegacyBFeaturesDocument,
  type LegacyCorrelationFragment,
  type LegacyTransportFragment,
} from '../generated/graphql.js';
import { int } from '../params.js';
import { defineRoute, type Route } from '../route.js';

const LIMIT = (fallback: number) => [{ name: 'limit', type: 'integer' as const, description: `1–500, default ${fallback}.` }];
const correlation = (c: LegacyCorrelationFragment) => ({
  ja4: c.ja4.fingerprint,
  asn_count: c.asnCount,
  top_asn: c.topAsn.number,
  top_asn_share: c.topAsnShare,
  unique_ips: c.uniqueIps,
  hits: c.hits,
  flagged_share: c.flaggedShare,
  known_applications: c.knownApplications,
});

export const tlsRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/fingerprints/spoofing',
    tag: 'Fingerprints',
    summary: 'TLS fingerprints claiming (by User-Agent) a browser they cannot be (last 7 days)',
    query: LIMIT(100),
    operation: LegacyTlsSpoofingDocument,
    variables: ({ query }) => ({ first: int(query, ['limit'], { min: 1, max: 500, fallback: 100 }) }),
    shape: (d) => ({
      items: d.tlsSpoofing.map((s) => ({
        ja4: s.ja4.fingerprint,
        claimed_browser: s.claimedBrowser,
        reason: s.reason,
        hits: s.hits,
        ips: s.ipCount,
        user_agents: s.userAgents,
        sample_user_agent: s.sampleUserAgent,
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/fingerprints/ja4-ua-matrix',
    tag: 'Fingerprints',
    summary: 'Requests per JA4 × claimed client (last 7 days)',
    query: LIMIT(200),
    operation: LegacyJa4UaMatrixDocument,
    variables: ({ query }) => ({ first: int(query, ['limit'], { min: 1, max: 500, fallback: 200 }) }),
    shape: (d) => ({
      cells: d.ja4UserAgentMatrix.map((c) => ({
        ja4: c.ja4.fingerprint,
        category: c.category.toLowerCase(),
        browser_family: c.browserFamily,
        hits: c.hits,
        ips: c.ipCount,
        user_agents: c.userAgents,
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/fingerprints/ua-analysis',
    tag: 'Fingerprints',
    summary: 'Traffic per kind of client the User-Agents claim (last 7 days)',
    operation: LegacyUaAnalysisDocument,
    variables: () => ({}),
    shape: (d) => {
      const total = d.userAgentCategories.reduce((s, c) => s + c.hits, 0);
      const suspicious = d.userAgentCategories.filter((c) => c.category !== 'BROWSER').reduce((s, c) => s + c.hits, 0);
      return {
        categories: d.userAgentCategories.map((c) => ({
          category: c.category.toLowerCase(),
          hits: c.hits,
          ips: c.ipCount,
          user_agents: c.userAgents,
          sample_user_agent: c.sampleUserAgent,
        })),
        suspicious_share: total ? suspicious / total : 0,
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/fingerprints/ip/{ip}/coherence',
    tag: 'Fingerprints',
    summary: 'Whether an IP’s TLS fingerprint, TCP stack and User-Agents agree (last 7 days)',
    operation: LegacyCoherenceDocument,
    variables: ({ params }) => ({ ip: params.ip! }),
    notFound: (d) => !d.ip,
    shape: (d) => ({
      ip: d.ip!.address,
      coherent: d.ip!.coherence.coherent,
      score: d.ip!.coherence.score,
      user_agents: d.ip!.coherence.userAgents,
      ja4s: d.ip!.coherence.ja4s,
      contradictions: d.ip!.coherence.contradictions,
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/fingerprints/legitimate-ja4',
    tag: 'Fingerprints',
    summary: 'Fingerprints to trust: known browsers, or widely used and rarely flagged (last 7 days)',
    operation: LegacyLegitimateJa4Document,
    variables: () => ({}),
    shape: (d) => ({ items: d.legitimateJa4s.map(correlation) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/fingerprints/asn-correlation',
    tag: 'Fingerprints',
    summary: 'Each JA4’s spread over ASes and its busiest AS (last 7 days)',
    query: LIMIT(100),
    operation: LegacyAsnCorrelationDocument,
    variables: ({ query }) => ({ first: int(query, ['limit'], { min: 1, max: 500, fallback: 100 }) }),
    shape: (d) => ({ items: d.ja4AsnCorrelation.map(correlation) }),
  }),
];

const transport = (rows: LegacyTransportFragment[]) =>
  rows.map((r) => ({ value: r.value, hits: r.hits, unique_ips: r.uniqueIps, flagged_share: r.hits ? r.flaggedHits / r.hits : 0 }));

tlsRoutes.push(
  defineRoute({
    method: 'GET',
    path: '/api/rotation/sophistication',
    tag: 'Rotation',
    summary: 'The most detected IPs ranked by how many evasion techniques they combine (last 7 days)',
    query: LIMIT(50),
    operation: LegacySophisticationDocument,
    variables: ({ query }) => ({ first: int(query, ['limit'], { min: 1, max: 500, fallback: 50 }) }),
    shape: (d) => ({
      items: d.sophisticatedIps.map((s) => ({ src_ip: s.ip.address, techniques: s.techniques.map((x) => x.toLowerCase()), sophistication_score: s.score })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/rotation/proactive-hunt',
    tag: 'Rotation',
    summary: 'Hunting leads: lying fingerprints, rotating IPs, networks with several flagged IPs (last 7 days)',
    operation: LegacyHuntDocument,
    variables: () => ({}),
    shape: (d) => ({
      suggestions: d.huntSuggestions.map((s) => ({
        kind: s.kind.toLowerCase(),
        title: s.title,
        evidence: s.evidence,
        entity_type: s.entity.type.toLowerCase(),
        entity_value: s.entity.key,
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/ml/b-features',
    tag: 'ML Features',
    summary: 'Source B (TLS/TCP) properties of the traffic, with the share from flagged IPs (last 7 days)',
    operation: LegacyBFeaturesDocument,
    variables: () => ({}),
    shape: ({ traffic: t }) => ({
      tls_versions: transport(t.tlsVersions),
      alpn: transport(t.alpn),
      cipher_counts: transport(t.cipherCounts),
      initial_ttl: transport(t.initialTtl),
      tcp_windows: transport(t.tcpWindows),
      tcp_mss: transport(t.tcpMss),
    }),
  }),
);
