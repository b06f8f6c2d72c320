import { LegacyRiskSummaryDocument, LegacyRecommendationOnlyDocument, type LegacyRecommendationFragment } from '../generated/graphql.js';
import { defineRoute, type Route } from '../route.js';

/** The ClassificationRecommendation model of the legacy front end (navigation.md). */
const recommendation = (r: LegacyRecommendationFragment) => ({
  label: r.label,
  confidence: r.confidence,
  indicators: {
    subnet_ips_count: r.indicators.subnetIpsCount,
    asn_ips_count: r.indicators.asnIpsCount,
    ja4_shared_ips: r.indicators.ja4SharedIps,
    bot_ua_percentage: r.indicators.botUaPercentage,
    user_agents_count: r.indicators.userAgentsCount,
  },
  suggested_tags: r.suggestedTags,
  reason: r.reason,
});

export const riskRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/investigation/{ip}/summary',
    tag: 'Risk',
    summary:
      'ML score, brute force, TCP/TLS spoofing, JA4 rotation, persistence and the 24 h timeline, combined into risk_score 0–100 with its breakdown (last 7 days)',
    operation: LegacyRiskSummaryDocument,
    variables: ({ params }) => ({ ip: params.ip!, day: { preset: 'LAST_24H' as const } }),
    notFound: (d) => !d.ip?.investigation,
    shape: ({ ip }) => {
      const inv = ip!.investigation!;
      const factor = (name: string) => inv.factors.find((f) => f.factor === name)!;
      return {
        ip: ip!.address,
        risk_score: inv.riskScore,
        risk_breakdown: inv.factors.map((f) => ({ factor: f.factor.toLowerCase(), weight: f.weight, value: f.value, points: f.points, evidence: f.evidence })),
        ml: { score: factor('ML_SCORE').value, evidence: factor('ML_SCORE').evidence },
        brute_force: { login_posts: inv.loginPosts, detected: factor('BRUTE_FORCE').present },
        tcp_spoofing: { detected: factor('TCP_SPOOFING').present, evidence: factor('TCP_SPOOFING').evidence },
        tls_spoofing: { detected: factor('TLS_SPOOFING').present, evidence: factor('TLS_SPOOFING').evidence },
        ja4_rotation: { detected: factor('JA4_ROTATION').present, evidence: factor('JA4_ROTATION').evidence },
        persistence: { days: inv.recurrenceDays, detected: factor('PERSISTENCE').present },
        timeline_24h: ip!.timeline.map((p) => ({ timestamp: p.start, hits: p.hits })),
        recommendation: recommendation(inv.recommendation),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/analysis/{ip}/recommendation',
    tag: 'Analysis',
    summary: 'A suggested classification with its indicators, tags and reason (last 7 days)',
    operation: LegacyRecommendationOnlyDocument,
    variables: ({ params }) => ({ ip: params.ip! }),
    notFound: (d) => !d.ip?.investigation,
    shape: ({ ip }) => ({ ip: ip!.address, risk_score: ip!.investigation!.riskScore, ...recommendation(ip!.investigation!.recommendation) }),
  }),
];
