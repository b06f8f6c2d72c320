import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import type { Context } from '../../context.js';
import { EntityInterface, entityParent, type EntityParent } from '../../graph/entity.refs.js';
import { linkLoader } from '../../graph/entity.loaders.js';
import { createHuntRepository, createTlsRepository } from './tls.repository.js';
import { claims, lyingClaims, tcpContradictionLoader, tlsContradiction } from './tls.refs.js';
import { pairsByIpLoader } from './tls.loaders.js';
import { recurrenceLoader } from '../ip/ip.refs.js';
import { IPRef } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

const TECHNIQUES = ['JA4_ROTATION', 'UA_ROTATION', 'TLS_SPOOFING', 'TCP_SPOOFING', 'CAMPAIGN', 'PERSISTENCE'] as const;
type Technique = (typeof TECHNIQUES)[number];
/** Thresholds: how many fingerprints, User-Agents and flagged days make a technique. */
const ROTATION_MIN = 3;
const PERSISTENCE_DAYS = 3;

const TechniqueEnum = builder.enumType('EvasionTechnique', {
  description: 'A way a client hides what it is.',
  values: {
    JA4_ROTATION: { description: `${ROTATION_MIN}+ TLS fingerprints.` },
    UA_ROTATION: { description: `${ROTATION_MIN}+ User-Agents.` },
    TLS_SPOOFING: { description: 'A browser User-Agent over a fingerprint that cannot be that browser.' },
    TCP_SPOOFING: { description: 'A TCP stack contradicting the claimed OS.' },
    CAMPAIGN: { description: 'Part of a distributed campaign.' },
    PERSISTENCE: { description: `Flagged on ${PERSISTENCE_DAYS}+ days.` },
  } as const,
});

export async function evasionOf(ctx: Context, ip: string, w: Window): Promise<Technique[]> {
  const total = async (to: 'JA4' | 'USER_AGENT' | 'CAMPAIGN') => (await linkLoader(ctx, 'IP', to, w, 1).load(ip))[0]?.total ?? 0;
  const [ja4s, uas, campaigns, pairs, tcp, days] = await Promise.all([
    total('JA4'),
    total('USER_AGENT'),
    total('CAMPAIGN'),
    pairsByIpLoader(ctx, w).load(ip),
    tcpContradictionLoader(ctx).load(ip),
    recurrenceLoader(ctx)
      .load(ip)
      .then((r) => r?.recurrence ?? 0),
  ]);
  const used: Record<Technique, boolean> = {
    JA4_ROTATION: ja4s >= ROTATION_MIN,
    UA_ROTATION: uas >= ROTATION_MIN,
    TLS_SPOOFING: pairs.some((r) => tlsContradiction(r.ja4, r.user_agent)),
    TCP_SPOOFING: Boolean(tcp),
    CAMPAIGN: campaigns > 0,
    PERSISTENCE: days >= PERSISTENCE_DAYS,
  };
  return TECHNIQUES.filter((t) => used[t]);
}

export const Evasion = builder.objectRef<{ techniques: Technique[] }>('Evasion').implement({
  description: 'The evasion techniques an IP uses, and how sophisticated that makes it.',
  fields: (t) => ({
    techniques: t.field({ type: [TechniqueEnum], description: 'Techniques found.', resolve: (e) => e.techniques }),
    score: t.float({ description: `Share of the ${TECHNIQUES.length} techniques used (0–1).`, resolve: (e) => e.techniques.length / TECHNIQUES.length }),
  }),
});
const Ranked = builder.objectRef<{ ip: EntityParent; techniques: Technique[] }>('SophisticatedIp').implement({
  description: 'An IP ranked by how many evasion techniques it combines.',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The IP.', resolve: (r) => r.ip }),
    techniques: t.field({ type: [TechniqueEnum], description: 'Techniques found.', resolve: (r) => r.techniques }),
    score: t.float({ description: 'Share of the techniques used (0–1).', resolve: (r) => r.techniques.length / TECHNIQUES.length }),
  }),
});

interface Suggestion {
  kind: 'LYING_FINGERPRINT' | 'ROTATING_IP' | 'HOT_SUBNET';
  title: string;
  evidence: string;
  entity: EntityParent;
}

const SuggestionRef = builder.objectRef<Suggestion>('HuntSuggestion').implement({
  description: 'Something worth a look that the detector may not have flagged everywhere yet.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'LYING_FINGERPRINT, ROTATING_IP or HOT_SUBNET.' }),
    title: t.exposeString('title', { description: 'What to hunt.' }),
    evidence: t.exposeString('evidence', { description: 'Why.' }),
    entity: t.field({ type: EntityInterface, description: 'Where to start in the graph.', resolve: (s) => s.entity }),
  }),
});

const windowArg = builder.args((t) => ({ window: t.field({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) }));
/** Candidates examined for the sophistication ranking. */
const CANDIDATES = 200;

builder.queryFields((t) => ({
  sophisticatedIps: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN },
    type: [Ranked],
    description: `The most detected IPs (top ${CANDIDATES}) ranked by how many evasion techniques they combine.`,
    args: { ...windowArg, first: t.arg.int({ required: false, description: '1–500, default 50.' }) },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      const ips = (await createHuntRepository(ctx.db).mostDetectedIps(w, CANDIDATES)).map((r) => r.ip);
      const ranked = await Promise.all(ips.map(async (ip) => ({ ip: entityParent('IP', ip, w), techniques: await evasionOf(ctx, ip, w) })));
      return ranked
        .filter((r) => r.techniques.length > 0)
        .sort((a, b) => b.techniques.length - a.techniques.length)
        .slice(0, boundFirst(args.first, 50));
    },
  }),
  huntSuggestions: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN },
    type: [SuggestionRef],
    description: 'Proactive hunting leads: fingerprints lying about the browser, IPs rotating fingerprints, networks with several flagged IPs.',
    args: windowArg,
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      const [claimed, subnets] = await Promise.all([claims(ctx.db, w), createHuntRepository(ctx.db).hotSubnets(w, 3, 10)]);
      // each JA4 once, by its largest lying claim (one browser family's IPs, counted exactly)
      const lying = new Map<string, { reason: string; ips: number; family: string }>();
      for (const c of lyingClaims(claimed))
        if ((lying.get(c.ja4)?.ips ?? -1) < c.unique_ips) lying.set(c.ja4, { reason: c.reason, ips: c.unique_ips, family: c.family });
      const rotating = new Map<string, Set<string>>();
      const byIp = await createTlsRepository(ctx.db).pairs(
        w,
        (await createHuntRepository(ctx.db).mostDetectedIps(w, CANDIDATES)).map((r) => r.ip),
      );
      for (const p of byIp) rotating.set(p.ip!, (rotating.get(p.ip!) ?? new Set()).add(p.ja4));
      return [
        ...[...lying]
          .sort((a, b) => b[1].ips - a[1].ips)
          .slice(0, 5)
          .map(([ja4, e]): Suggestion => ({
            kind: 'LYING_FINGERPRINT',
            title: `Hunt the IPs behind fingerprint ${ja4}`,
            evidence: `${e.reason}; ${e.ips} IPs claim ${e.family}`,
            entity: entityParent('JA4', ja4, w),
          })),
        ...[...rotating]
          .filter(([, s]) => s.size >= ROTATION_MIN)
          .slice(0, 5)
          .map(([ip, s]): Suggestion => ({
            kind: 'ROTATING_IP',
            title: `Check ${ip} for sibling fingerprints`,
            evidence: `${s.size} JA4 fingerprints from one IP`,
            entity: entityParent('IP', ip, w),
          })),
        ...subnets.map((s): Suggestion => ({
          kind: 'HOT_SUBNET',
          title: `Review network ${s.subnet}`,
          evidence: `${s.flagged_ips} of its ${s.all_ips} active IPs were flagged`,
          entity: entityParent('SUBNET', s.subnet, w),
        })),
      ];
    },
  }),
}));
