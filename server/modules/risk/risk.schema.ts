import { builder } from '../../schema/builder.js';
import { type Window } from '../../schema/window.js';
import type { Context } from '../../context.js';
import { subnetOfIp } from '../../graph/entity.kinds.js';
import { activityLoader, linkLoader } from '../../graph/entity.loaders.js';
import { botShareOf } from '../attribute/attribute.refs.js';
import { type SignalRow } from './risk.repository.js';
import { isPresent, recommend, riskFactors, riskLevel, riskScore, type Factor, type Indicators, type Recommendation } from './risk.js';

const FactorRef = builder.objectRef<Factor>('RiskFactor').implement({
  description: 'One part of the risk score: its weight, how strongly it is present, and the evidence.',
  fields: (t) => ({
    factor: t.exposeString('factor', { description: 'ML_SCORE, BRUTE_FORCE, TCP_SPOOFING, TLS_SPOOFING, JA4_ROTATION, UA_ROTATION or PERSISTENCE.' }),
    weight: t.exposeInt('weight', { description: 'Its weight (the weights sum to 100).' }),
    value: t.exposeFloat('value', { description: 'How strongly it is present, 0–1.' }),
    points: t.float({ description: 'weight × value: its share of the score.', resolve: (f) => Math.round(f.weight * f.value * 10) / 10 }),
    evidence: t.exposeString('evidence', { description: 'What was seen.' }),
    present: t.boolean({
      description:
        'Whether it counts as detected: fully present for brute force (20 login POSTs), JA4 rotation (3 JA4s) and persistence (4 days); any evidence for the others.',
      resolve: isPresent,
    }),
  }),
});

const RiskLevelEnum = builder.enumType('RiskLevel', {
  description: 'The band a risk score falls in.',
  values: {
    LOW: { description: 'Below 25.' },
    SUSPICIOUS: { description: '25 to 49.' },
    MALICIOUS: { description: '50 or more.' },
  } as const,
});

const IndicatorsRef = builder.objectRef<Indicators>('CorrelationIndicators').implement({
  description: 'What the IP shares with others.',
  fields: (t) => ({
    subnetIpsCount: t.exposeInt('subnet_ips_count', { description: 'Active IPs in its /24 (or /64).' }),
    asnIpsCount: t.exposeInt('asn_ips_count', { description: 'Active IPs in its AS.' }),
    ja4SharedIps: t.exposeInt('ja4_shared_ips', { description: 'Other IPs using its (most shared) JA4.' }),
    botUaPercentage: t.exposeFloat('bot_ua_percentage', {
      description: 'Percentage (0–100) of its requests whose User-Agent is not a recognised browser (bot, script, headless or unrecognised).',
    }),
    userAgentsCount: t.exposeInt('user_agents_count', { description: 'Distinct User-Agents.' }),
    asnLabel: t.exposeString('asn_label', { description: 'Kind of network it is in.' }),
  }),
});

const RecommendationRef = builder.objectRef<Recommendation & { indicators: Indicators }>('Recommendation').implement({
  description: 'A suggested classification, with why.',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'legitimate, suspicious or malicious.' }),
    confidence: t.exposeFloat('confidence', {
      description:
        'How far the evidence carries the label, 0.5–0.95: malicious, the risk score over 100 (73/100 → 0.73); legitimate, from 0.5 at the suspicious threshold (25) up to 0.95 at no risk; suspicious, 0.5 at either edge of its band (25–49) up to 0.75 in its middle; a verified crawler (KNOWN_BOT) 0.9. Never 1: an analyst decides.',
    }),
    indicators: t.field({ type: IndicatorsRef, description: 'Correlation indicators.', resolve: (r) => r.indicators }),
    suggestedTags: t.exposeStringList('tags', { description: 'Tags from the predefined set.' }),
    reason: t.exposeString('reason', { description: 'One sentence.' }),
  }),
});

export const RiskAssessmentRef = builder.objectRef<{ ip: string; window: Window; signals: SignalRow }>('RiskAssessment').implement({
  description: 'Everything that says how risky an IP is, combined into one transparent score.',
  fields: (t) => ({
    riskScore: t.int({ description: 'Risk 0–100: the sum of the factors’ points.', resolve: (i) => riskScore(riskFactors(i.signals)) }),
    riskLevel: t.field({
      type: RiskLevelEnum,
      description: 'The band of the risk score (the thresholds the recommendation uses).',
      resolve: (i) => riskLevel(riskScore(riskFactors(i.signals))),
    }),
    factors: t.field({ type: [FactorRef], description: 'The breakdown.', resolve: (i) => riskFactors(i.signals) }),
    loginPosts: t.int({ description: 'POSTs on authentication paths.', resolve: (i) => i.signals.login_posts }),
    recurrenceDays: t.int({ description: 'Days it was flagged on.', resolve: (i) => i.signals.days }),
    recommendation: t.field({
      type: RecommendationRef,
      description: 'The suggested classification.',
      resolve: async (i, _a, ctx) => {
        const indicators = { ...(await correlationOf(ctx, i.ip, i.window)), asn_label: i.signals.asn_label };
        return { ...recommend(i.signals, riskFactors(i.signals), indicators), indicators };
      },
    }),
  }),
});

/**
 * What the IP shares with others. It needs only the IP, not its signals: the assessment starts it
 * beside them (its loads are per request, so the recommendation finds them done).
 */
export async function correlationOf(ctx: Context, ip: string, w: Window): Promise<Omit<Indicators, 'asn_label'>> {
  // an entity's distinct IPs, counted once per entity, rather than listing its links to every IP
  const total = async (from: 'SUBNET' | 'ASN' | 'JA4', key: string) => (await activityLoader(ctx, from, w).load(key))?.unique_ips ?? 0;
  const [asn, ja4s, uas, botShare] = await Promise.all([
    linkLoader(ctx, 'IP', 'ASN', w, 1).load(ip),
    linkLoader(ctx, 'IP', 'JA4', w, 20).load(ip),
    linkLoader(ctx, 'IP', 'USER_AGENT', w, 1).load(ip),
    botShareOf(ctx, { type: 'IP', value: ip, window: w, source: 'logs' }),
  ]);
  const [subnetIps, asnIps, ...shared] = await Promise.all([
    total('SUBNET', subnetOfIp(ip)),
    asn[0] ? total('ASN', asn[0].to_key) : Promise.resolve(0),
    ...ja4s.map((j) => total('JA4', j.to_key)),
  ]);
  return {
    subnet_ips_count: subnetIps,
    asn_ips_count: asnIps,
    ja4_shared_ips: Math.max(0, ...shared.map((n) => n - 1)),
    bot_ua_percentage: Math.round(botShare * 1000) / 10,
    user_agents_count: uas[0]?.total ?? 0,
  };
}
