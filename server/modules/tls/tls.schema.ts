import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { entityParent } from '../../graph/entity.refs.js';
import { KNOWN_APPLICATIONS } from '../ja4/ja4.refs.js';
import { UserAgentCategoryEnum } from '../user-agent/user-agent.refs.js';
import { createTlsRepository } from './tls.repository.js';
import { claims, lyingClaims } from './tls.refs.js';
import { ASNRef, JA4Ref } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

export const windowArg = builder.args((t) => ({ window: t.field({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) }));
const Spoof = builder
  .objectRef<{ ja4: string; family: string; reason: string; hits: number; ips: number; userAgents: number; sample: string; window: Window }>('TlsSpoofing')
  .implement({
    description: 'A TLS fingerprint sending User-Agents of a browser it cannot be: a client lying about what it is.',
    fields: (t) => ({
      ja4: t.field({ type: JA4Ref, description: 'The fingerprint.', resolve: (s) => entityParent('JA4', s.ja4, s.window) }),
      claimedBrowser: t.exposeString('family', { description: 'The browser family its User-Agents claim.' }),
      reason: t.exposeString('reason', { description: 'Why the fingerprint cannot be that browser.' }),
      hits: t.exposeFloat('hits', { description: 'Requests.' }),
      ipCount: t.exposeInt('ips', { description: 'Distinct IPs that sent them (an IP counted once, however many User-Agents it sent).' }),
      userAgents: t.exposeInt('userAgents', { description: 'Distinct User-Agents.' }),
      sampleUserAgent: t.exposeString('sample', { description: 'Its busiest User-Agent.' }),
    }),
  });

const Cell = builder
  .objectRef<{ ja4: string; category: string; family: string; hits: number; ips: number; userAgents: number; window: Window }>('JA4UserAgentCell')
  .implement({
    description: 'Requests of one JA4 whose User-Agents claim one kind of client.',
    fields: (t) => ({
      ja4: t.field({ type: JA4Ref, description: 'The fingerprint.', resolve: (c) => entityParent('JA4', c.ja4, c.window) }),
      category: t.field({ type: UserAgentCategoryEnum, description: 'What the User-Agents claim.', resolve: (c) => c.category.toUpperCase() as 'BROWSER' }),
      browserFamily: t.exposeString('family', { description: 'The browser family, for browsers.' }),
      hits: t.exposeFloat('hits', { description: 'Requests.' }),
      ipCount: t.exposeInt('ips', { description: 'Distinct IPs (an IP counted once, however many User-Agents it sent).' }),
      userAgents: t.exposeInt('userAgents', { description: 'Distinct User-Agents.' }),
    }),
  });

const UaSummary = builder.objectRef<{ category: string; hits: number; ips: number; userAgents: number; sample: string }>('UserAgentCategorySummary').implement({
  description: 'Traffic per kind of client the User-Agents claim.',
  fields: (t) => ({
    category: t.field({ type: UserAgentCategoryEnum, description: 'The category.', resolve: (c) => c.category.toUpperCase() as 'BROWSER' }),
    hits: t.exposeFloat('hits', { description: 'Requests.' }),
    ipCount: t.exposeInt('ips', { description: 'Distinct IPs (an IP counted once, however many User-Agents it sent).' }),
    userAgents: t.exposeInt('userAgents', { description: 'Distinct User-Agents.' }),
    sampleUserAgent: t.exposeString('sample', { description: 'The busiest one.' }),
  }),
});

const Correlation = builder
  .objectRef<{ ja4: string; asns: number; unique_ips: number; hits: number; top_asn: number; top_asn_hits: number; flagged_share: number; window: Window }>(
    'JA4AsnCorrelation',
  )
  .implement({
    description: 'How one fingerprint spreads over networks: concentrated in one hosting AS, or spread like a browser.',
    fields: (t) => ({
      ja4: t.field({ type: JA4Ref, description: 'The fingerprint.', resolve: (c) => entityParent('JA4', c.ja4, c.window) }),
      asnCount: t.exposeInt('asns', { description: 'Distinct ASes.' }),
      topAsn: t.field({ type: ASNRef, description: 'Its busiest AS.', resolve: (c) => entityParent('ASN', String(c.top_asn), c.window) }),
      topAsnShare: t.float({ description: 'Share of its requests from that AS.', resolve: (c) => (c.hits ? c.top_asn_hits / c.hits : 0) }),
      uniqueIps: t.exposeInt('unique_ips', { description: 'Distinct IPs.' }),
      hits: t.exposeFloat('hits', { description: 'Requests.' }),
      flaggedShare: t.exposeFloat('flagged_share', { description: 'Share of its scored windows the detector flagged.' }),
      knownApplications: t.stringList({
        description: 'Clients the FoxIO mapping knows for it.',
        resolve: (c) => (KNOWN_APPLICATIONS.get(c.ja4) ?? []).map((k) => k.application || k.library),
      }),
    }),
  });

/** Below this flagged share, with this many IPs, a fingerprint is treated as legitimate. */
const LEGIT_MAX_FLAGGED = 0.05;
const LEGIT_MIN_IPS = 20;

builder.queryFields((t) => ({
  tlsSpoofing: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN },
    type: [Spoof],
    description: 'Fingerprints whose User-Agents claim a browser the fingerprint cannot be, most requests first.',
    args: { ...windowArg, first: t.arg.int({ required: false, description: '1–500, default 100.' }) },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      return lyingClaims(await claims(ctx.db, w))
        .slice(0, boundFirst(args.first, 100))
        .map((r) => ({
          ja4: r.ja4,
          family: r.family,
          reason: r.reason,
          hits: r.hits,
          ips: r.unique_ips,
          userAgents: r.user_agents,
          sample: r.sample,
          window: w,
        }));
    },
  }),
  ja4UserAgentMatrix: t.field({
    type: [Cell],
    description: 'Requests per JA4 and claimed client (category and browser family), busiest first.',
    args: { ...windowArg, first: t.arg.int({ required: false, description: '1–500, default 200.' }) },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      return (await claims(ctx.db, w))
        .filter((r) => !r.every_ja4)
        .slice(0, boundFirst(args.first, 200))
        .map((r) => ({ ja4: r.ja4, category: r.category, family: r.family, hits: r.hits, ips: r.unique_ips, userAgents: r.user_agents, window: w }));
    },
  }),
  userAgentCategories: t.field({
    extensions: { cost: COST.TRAFFIC_SCAN },
    type: [UaSummary],
    description: 'Traffic per kind of client the User-Agents claim (browser, bot, script, headless, unknown).',
    args: windowArg,
    resolve: async (_r, args, ctx) =>
      (await claims(ctx.db, resolveWindow(args.window, ctx.now)))
        .filter((r) => r.every_ja4)
        .map((r) => ({ category: r.category, hits: r.hits, ips: r.unique_ips, userAgents: r.user_agents, sample: r.sample })),
  }),
  ja4AsnCorrelation: t.field({
    type: [Correlation],
    description: 'Each fingerprint’s spread over ASes and its busiest AS, busiest fingerprints first.',
    args: { ...windowArg, first: t.arg.int({ required: false, description: '1–500, default 100.' }) },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      return (await createTlsRepository(ctx.db).asnConcentration(w, boundFirst(args.first, 100))).map((r) => ({ ...r, window: w }));
    },
  }),
  legitimateJa4s: t.field({
    type: [Correlation],
    description: `Fingerprints to trust: known browsers (FoxIO), or seen from ${LEGIT_MIN_IPS}+ IPs with under ${LEGIT_MAX_FLAGGED * 100} % of their windows flagged.`,
    args: windowArg,
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      const rows = await createTlsRepository(ctx.db).asnConcentration(w, 500);
      return rows
        .filter(
          (r) =>
            (KNOWN_APPLICATIONS.get(r.ja4) ?? []).some((k) => /browser/i.test(k.application)) ||
            (r.unique_ips >= LEGIT_MIN_IPS && r.flagged_share < LEGIT_MAX_FLAGGED),
        )
        .map((r) => ({ ...r, window: w }));
    },
  }),
}));

export const Coherence = builder.objectRef<{ userAgents: number; ja4s: number; contradictions: string[] }>('FingerprintCoherence').implement({
  description: 'Whether an IP’s TLS fingerprint, TCP stack and User-Agents tell the same story.',
  fields: (t) => ({
    coherent: t.boolean({ description: 'No contradiction found.', resolve: (c) => c.contradictions.length === 0 }),
    score: t.float({
      description: '1 when coherent, lower with each contradiction and with many fingerprints or User-Agents.',
      resolve: (c) => Math.max(0, 1 - 0.3 * c.contradictions.length - (c.ja4s > 2 ? 0.2 : 0) - (c.userAgents > 3 ? 0.2 : 0)),
    }),
    userAgents: t.exposeInt('userAgents', { description: 'Distinct User-Agents.' }),
    ja4s: t.exposeInt('ja4s', { description: 'Distinct JA4s.' }),
    contradictions: t.exposeStringList('contradictions', { description: 'Each contradiction found, in words.' }),
  }),
});
