import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { bucketSeconds, resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import type { Context } from '../../context.js';
import { entityParent } from '../../graph/entity.refs.js';
import { createBruteForceRepository, MIN_POSTS, type AttackRow } from './brute-force.repository.js';
import { HostRef, IPRef, JA4Ref } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

type Attack = AttackRow & { window: Window };

const AttackRef = builder.objectRef<Attack>('BruteForceAttack').implement({
  description: `One IP brute-forcing one host: at least ${MIN_POSTS} POSTs on authentication paths in the window.`,
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The attacker.', resolve: (a) => entityParent('IP', a.ip, a.window) }),
    host: t.field({ type: HostRef, description: 'The target.', resolve: (a) => entityParent('HOST', a.host, a.window) }),
    posts: t.exposeInt('posts', { description: 'POSTs on authentication paths.' }),
    failed: t.exposeInt('failed', { description: 'Of which refused (401, 403, 429).' }),
    distinctPaths: t.exposeInt('distinct_paths', { description: 'Distinct login paths tried.' }),
    firstSeen: t.field({ type: 'DateTime', description: 'First attempt.', resolve: (a) => a.first_seen }),
    lastSeen: t.field({ type: 'DateTime', description: 'Last attempt.', resolve: (a) => a.last_seen }),
    ja4: t.field({ type: JA4Ref, nullable: true, description: 'Its TLS fingerprint.', resolve: (a) => (a.ja4 ? entityParent('JA4', a.ja4, a.window) : null) }),
    asnOrg: t.exposeString('asn_org', { description: 'The attacker’s AS organisation.' }),
    countryCode: t.exposeString('country_code', { description: 'The attacker’s country.' }),
  }),
});

const TargetRef = builder
  .objectRef<{ host: string; attackers: number; posts: number; failed: number; firstSeen: string; lastSeen: string; window: Window }>('BruteForceTarget')
  .implement({
    description: 'A host under brute force, summed over its attackers.',
    fields: (t) => ({
      host: t.field({ type: HostRef, description: 'The host.', resolve: (x) => entityParent('HOST', x.host, x.window) }),
      attackers: t.exposeInt('attackers', { description: 'Attacking IPs.' }),
      posts: t.exposeInt('posts', { description: 'Login POSTs by them.' }),
      failed: t.exposeInt('failed', { description: 'Of which refused.' }),
      firstSeen: t.field({ type: 'DateTime', description: 'First attempt.', resolve: (x) => x.firstSeen }),
      lastSeen: t.field({ type: 'DateTime', description: 'Last attempt.', resolve: (x) => x.lastSeen }),
    }),
  });

const PointRef = builder.objectRef<{ start: string; posts: number; attackers: number }>('BruteForcePoint').implement({
  description: 'Brute-force activity in one time bucket.',
  fields: (t) => ({
    start: t.field({ type: 'DateTime', description: 'Bucket start.', resolve: (p) => p.start }),
    posts: t.exposeInt('posts', { description: 'Login POSTs by brute-forcing IPs.' }),
    attackers: t.exposeInt('attackers', { description: 'Brute-forcing IPs active.' }),
  }),
});

const MAX_ATTACKS = 5000;
const attacks = (ctx: Context, w: Window, host?: string) => createBruteForceRepository(ctx.db).attacks(w, MAX_ATTACKS, host);

const BruteForce = builder.objectRef<{ window: Window }>('BruteForce').implement({
  description: 'Brute force and credential stuffing: repeated POSTs on authentication paths.',
  fields: (t) => ({
    attackers: t.field({
      extensions: { cost: COST.TRAFFIC_SCAN },
      type: [AttackRef],
      description: 'Attacking (IP, host) pairs, most POSTs first.',
      args: {
        first: t.arg.int({ required: false, description: '1–500, default 50.' }),
        host: t.arg.string({ required: false, description: 'Only attacks on this host.' }),
      },
      resolve: async ({ window }, args, ctx) => {
        const rows = await createBruteForceRepository(ctx.db).attacks(window, boundFirst(args.first, 50), args.host ?? undefined);
        return rows.map((r) => ({ ...r, window }));
      },
    }),
    targets: t.field({
      extensions: { cost: COST.TRAFFIC_SCAN },
      type: [TargetRef],
      description: 'Targeted hosts, most attackers first.',
      resolve: async ({ window }, _a, ctx) => {
        const byHost = new Map<
          string,
          { host: string; attackers: number; posts: number; failed: number; firstSeen: string; lastSeen: string; window: Window }
        >();
        for (const a of await attacks(ctx, window)) {
          const x = byHost.get(a.host) ?? { host: a.host, attackers: 0, posts: 0, failed: 0, firstSeen: a.first_seen, lastSeen: a.last_seen, window };
          x.attackers += 1;
          x.posts += a.posts;
          x.failed += a.failed;
          if (a.first_seen < x.firstSeen) x.firstSeen = a.first_seen;
          if (a.last_seen > x.lastSeen) x.lastSeen = a.last_seen;
          byHost.set(a.host, x);
        }
        return [...byHost.values()].sort((a, b) => b.attackers - a.attackers || b.posts - a.posts);
      },
    }),
    timeline: t.field({
      extensions: { cost: COST.TRAFFIC_SCAN },
      type: [PointRef],
      description: 'Login POSTs by brute-forcing IPs per time bucket (empty buckets omitted).',
      resolve: async ({ window }, _a, ctx) =>
        (await createBruteForceRepository(ctx.db).timeline(window, bucketSeconds(window))).map((r) => ({
          start: r.bucket,
          posts: r.posts,
          attackers: r.attackers,
        })),
    }),
  }),
});

builder.queryField('bruteForce', (t) =>
  t.field({
    type: BruteForce,
    description: 'Brute force and credential stuffing in a window (default: last 7 days).',
    args: { window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) },
    resolve: (_r, args, ctx) => ({ window: resolveWindow(args.window, ctx.now) }),
  }),
);
