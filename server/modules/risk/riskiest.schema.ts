import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { entityParent, type EntityParent } from '../../graph/entity.refs.js';
import { IPRef } from '../../graph/entity.types.js';
import { LabelEnum, latestVerdictLoader } from '../classification/classification.refs.js';
import { SortDirectionEnum } from '../detection/detection.refs.js';
import { createRiskRepository } from './risk.repository.js';
import { signalsLoader } from './risk.loaders.js';
import { riskFactors, riskLevel, riskScore, type RiskLevel } from './risk.js';

/** IPs whose risk is computed for one ranking: every signal of each is read (its traffic by its key), so the set is bounded. */
export const RISK_CANDIDATES = 300;

interface Ranked {
  ip: EntityParent;
  riskScore: number;
  riskLevel: RiskLevel;
  detections: number;
  maxScore: number;
  worstLevel: string;
  lastDetected: string;
  verdict: 'malicious' | 'suspicious' | 'legitimate' | null;
}

const RankedRef = builder.objectRef<Ranked>('RiskRankedIp').implement({
  description: 'An IP in the riskiest list: its risk, its detections and the analyst’s verdict.',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The IP.', resolve: (r) => r.ip }),
    riskScore: t.exposeInt('riskScore', { description: 'Risk 0–100 over the window (as `IP.investigation.riskScore`).' }),
    riskLevel: t.exposeString('riskLevel', { description: 'LOW, SUSPICIOUS or MALICIOUS.' }),
    detections: t.exposeInt('detections', { description: 'Its detections in the window.' }),
    maxScore: t.exposeFloat('maxScore', { description: 'Its highest anomaly score in the window.' }),
    worstLevel: t.exposeString('worstLevel', { description: 'The threat level of that score.' }),
    lastDetected: t.field({
      type: 'DateTime',
      description: 'Its latest detection in the window.',
      resolve: (r) => new Date(r.lastDetected.replace(' ', 'T') + (r.lastDetected.endsWith('Z') ? '' : 'Z')),
    }),
    verdict: t.field({ type: LabelEnum, nullable: true, description: 'The analyst’s latest verdict on it (all time), if any.', resolve: (r) => r.verdict }),
  }),
});

const SORTS = {
  RISK: (r: Ranked) => r.riskScore,
  DETECTIONS: (r: Ranked) => r.detections,
  MAX_SCORE: (r: Ranked) => r.maxScore,
  LAST_DETECTED: (r: Ranked) => r.lastDetected,
  IP: (r: Ranked) => r.ip.key,
  VERDICT: (r: Ranked) => (r.verdict ? { malicious: 3, suspicious: 2, legitimate: 1 }[r.verdict] : 0),
} as const;

const RiskSortEnum = builder.enumType('RiskRankingSort', {
  description: 'A column of the riskiest list.',
  values: {
    RISK: { description: 'Risk score.' },
    DETECTIONS: { description: 'Detections.' },
    MAX_SCORE: { description: 'Highest anomaly score.' },
    LAST_DETECTED: { description: 'Latest detection.' },
    IP: { description: 'Address (as text).' },
    VERDICT: { description: 'The analyst’s verdict: malicious, suspicious, legitimate, none.' },
  } as const,
});

const RiskiestRef = builder.objectRef<{ candidates: number; items: Ranked[] }>('RiskiestIps').implement({
  description: 'IPs ranked by risk.',
  fields: (t) => ({
    candidates: t.exposeInt('candidates', {
      description: `How many IPs were scored: the flagged ones with the highest anomaly scores, at most ${RISK_CANDIDATES}.`,
    }),
    items: t.field({ type: [RankedRef], description: 'The ranked IPs.', resolve: (r) => r.items }),
  }),
});

async function rank(ctx: Parameters<typeof signalsLoader>[0], w: Window): Promise<Ranked[]> {
  const candidates = await createRiskRepository(ctx.db).riskCandidates(w, RISK_CANDIDATES);
  const ips = candidates.map((c) => c.ip);
  const [signals, verdicts] = await Promise.all([signalsLoader(ctx, w).loadMany(ips), latestVerdictLoader(ctx, 'IP').loadMany(ips)]);
  return candidates.flatMap((c, i) => {
    const s = signals[i];
    if (!s || s instanceof Error) return [];
    const v = verdicts[i];
    const score = riskScore(riskFactors(s));
    return [
      {
        ip: entityParent('IP', c.ip, w),
        riskScore: score,
        riskLevel: riskLevel(score),
        detections: Number(c.detections),
        maxScore: s.max_score,
        worstLevel: s.worst_level,
        lastDetected: c.last_detected,
        verdict: v instanceof Error ? null : (v ?? null),
      },
    ];
  });
}

builder.queryField('riskiestIps', (t) =>
  t.field({
    type: RiskiestRef,
    description: `“Riskiest now”: IPs ranked by risk score over the window (default last 24 hours), with the analyst’s verdict beside each. The risk is computed for the ${RISK_CANDIDATES} flagged IPs with the highest anomaly scores (the score is the risk’s heaviest factor); every column sorts.`,
    args: {
      window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: the last 24 hours (at most 31 days: the risk reads raw rows).' }),
      first: t.arg.int({ required: false, description: '1–500, default 50.' }),
      sort: t.arg({ type: RiskSortEnum, required: false, description: 'Default RISK.' }),
      direction: t.arg({ type: SortDirectionEnum, required: false, description: 'Default DESC.' }),
    },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window ?? { preset: 'LAST_24H' }, ctx.now);
      const items = await rank(ctx, w);
      const key = SORTS[(args.sort as keyof typeof SORTS | null) ?? 'RISK'];
      const sign = args.direction === 'ASC' ? 1 : -1;
      const sorted = [...items].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        return (x < y ? -1 : x > y ? 1 : 0) * sign || b.riskScore - a.riskScore || (a.ip.key < b.ip.key ? -1 : 1);
      });
      return { candidates: items.length, items: sorted.slice(0, boundFirst(args.first, 50)) };
    },
  }),
);
