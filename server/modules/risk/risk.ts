import { tlsContradiction } from '../tls/tls.refs.js';
import type { SignalRow } from './risk.repository.js';

export interface Factor {
  factor: 'ML_SCORE' | 'BRUTE_FORCE' | 'TCP_SPOOFING' | 'TLS_SPOOFING' | 'JA4_ROTATION' | 'UA_ROTATION' | 'PERSISTENCE';
  weight: number;
  /** How strongly the evidence is present, 0–1. */
  value: number;
  evidence: string;
}

/** Weights sum to 100: the ML verdict leads, behaviour and fingerprint contradictions confirm. */
export const WEIGHTS: Record<Factor['factor'], number> = {
  ML_SCORE: 35,
  BRUTE_FORCE: 15,
  TCP_SPOOFING: 10,
  TLS_SPOOFING: 10,
  JA4_ROTATION: 10,
  UA_ROTATION: 5,
  PERSISTENCE: 15,
};

const clamp = (x: number) => Math.max(0, Math.min(1, x));

export function riskFactors(s: SignalRow): Factor[] {
  const lies = s.pairs.map(([ja4, ua]) => tlsContradiction(ja4, ua)).filter((x): x is string => Boolean(x));
  const f = (factor: Factor['factor'], value: number, evidence: string): Factor => ({ factor, weight: WEIGHTS[factor], value: clamp(value), evidence });
  return [
    f('ML_SCORE', s.max_score, s.max_score > 0 ? `highest anomaly score ${s.max_score.toFixed(2)} (${s.worst_level})` : 'not scored in the window'),
    f('BRUTE_FORCE', s.login_posts / 20, `${s.login_posts} POSTs on authentication paths`),
    f('TCP_SPOOFING', s.tcp_reason ? 1 : 0, s.tcp_reason || 'TCP stack consistent with the claimed OS'),
    f('TLS_SPOOFING', lies.length ? 1 : 0, lies[0] ?? 'TLS fingerprint consistent with the claimed client'),
    f('JA4_ROTATION', (s.ja4s - 1) / 2, `${s.ja4s} JA4 fingerprint${s.ja4s === 1 ? '' : 's'}`),
    f('UA_ROTATION', (s.user_agents - 1) / 4, `${s.user_agents} User-Agent${s.user_agents === 1 ? '' : 's'}`),
    f('PERSISTENCE', (s.days - 1) / 3, s.days ? `flagged on ${s.days} days` : 'not flagged on several days'),
  ];
}

/**
 * When a factor counts as detected (what the legacy summary calls `detected`): fully present for the
 * counted ones (20 login POSTs, 3 JA4s, 4 days), any evidence for the contradictions and the score.
 */
const PRESENT_AT: Partial<Record<Factor['factor'], number>> = { BRUTE_FORCE: 1, JA4_ROTATION: 1, PERSISTENCE: 1 };
export const isPresent = (f: Factor) => (f.factor in PRESENT_AT ? f.value >= PRESENT_AT[f.factor]! : f.value > 0);

export const riskScore = (factors: Factor[]) => Math.round(factors.reduce((sum, f) => sum + f.weight * f.value, 0));

export interface Recommendation {
  label: 'legitimate' | 'suspicious' | 'malicious';
  confidence: number;
  tags: string[];
  reason: string;
}

export interface Indicators {
  subnet_ips_count: number;
  asn_ips_count: number;
  ja4_shared_ips: number;
  bot_ua_percentage: number;
  user_agents_count: number;
  asn_label: string;
}

/** Risk at or above these is suspicious, then malicious. */
const SUSPICIOUS_AT = 25;
const MALICIOUS_AT = 50;

export type RiskLevel = 'LOW' | 'SUSPICIOUS' | 'MALICIOUS';
/** The band a risk score falls in: what the risk panel colours and the recommendation starts from. */
export const riskLevel = (score: number): RiskLevel => (score >= MALICIOUS_AT ? 'MALICIOUS' : score >= SUSPICIOUS_AT ? 'SUSPICIOUS' : 'LOW');

/** Never certain: the score is a sum of heuristics, and an analyst decides. */
const MAX_CONFIDENCE = 0.95;

/**
 * How far the evidence carries the label: malicious, the share of the maximum risk it reaches
 * (73/100 → 0.73); legitimate, 0.5 at the suspicious threshold up to 1 at no risk at all; suspicious,
 * 0.5 at either edge of its band up to 0.75 in its middle. At most 0.95.
 */
export function confidenceOf(label: Recommendation['label'], score: number): number {
  const c =
    label === 'malicious'
      ? score / 100
      : label === 'legitimate'
        ? 0.5 + 0.5 * (1 - score / SUSPICIOUS_AT)
        : 0.5 + Math.min(score - SUSPICIOUS_AT, MALICIOUS_AT - score) / (2 * (MALICIOUS_AT - SUSPICIOUS_AT));
  return Math.round(Math.min(MAX_CONFIDENCE, Math.max(0.5, c)) * 100) / 100;
}

export function recommend(s: SignalRow, factors: Factor[], ind: Indicators): Recommendation {
  const score = riskScore(factors);
  const on = (name: Factor['factor']) => (factors.find((f) => f.factor === name)?.value ?? 0) >= 0.5;
  if (s.known_bot && score < MALICIOUS_AT) {
    return { label: 'legitimate', confidence: 0.9, tags: ['known-crawler'], reason: `Verified crawler scored KNOWN_BOT; risk ${score}/100` };
  }
  const label = score >= MALICIOUS_AT ? 'malicious' : score >= SUSPICIOUS_AT ? 'suspicious' : 'legitimate';
  const tags = new Set<string>();
  if (on('BRUTE_FORCE')) tags.add('credential-stuffing').add('brute-force');
  if (on('TCP_SPOOFING')) tags.add('tcp-spoofing');
  if (on('TLS_SPOOFING')) tags.add('tls-spoofing');
  if (on('JA4_ROTATION')) tags.add('ja4-rotation');
  if (on('UA_ROTATION')) tags.add('ua-rotation');
  if (on('PERSISTENCE')) tags.add('persistent-threat');
  if (s.campaigns > 0) tags.add('distributed-campaign').add('bot-network');
  if (['hosting', 'datacenter'].includes(ind.asn_label) && label !== 'legitimate') tags.add('hosting-asn');
  if (ind.bot_ua_percentage >= 50 && label !== 'legitimate') tags.add('scraping');
  if (label === 'legitimate') tags.add('legitimate-user');
  const evidence = factors
    .filter((f) => f.value >= 0.5)
    .sort((a, b) => b.weight * b.value - a.weight * a.value)
    .map((f) => f.evidence);
  return {
    label,
    confidence: confidenceOf(label, score),
    tags: [...tags].slice(0, 6),
    reason: `Risk ${score}/100 → ${label}: ${evidence.length ? evidence.slice(0, 3).join('; ') : 'no strong signal'}; ${ind.ja4_shared_ips} other IPs share its JA4, ${ind.bot_ua_percentage}% bot or script User-Agents.`,
  };
}
