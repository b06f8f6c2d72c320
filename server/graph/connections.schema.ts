import { builder } from '../schema/builder.js';
import { badInput } from '../schema/errors.js';
import { resolveLayerWindow, TimeWindowInput, wholeHours, type Window } from '../schema/window.js';
import type { Context } from '../context.js';
import { parseKey, type EntityKind } from './entity.kinds.js';
import { EntityInterface, entityParent, type EntityParent } from './entity.refs.js';
import { EntityRefInput, findEntity } from './entity.schema.js';
import { linkLoader } from './entity.loaders.js';
import { LINKABLE } from './entity.kinds.js';

/** Neighbours read per entity and kind: a path through a lighter link is not worth its cost. */
const PER_KIND = 50;
/** Middle entities whose own neighbours a 3-hop search reads (the heaviest of the first side). */
const MIDDLE = 40;
const MAX_PATHS = 50;

interface Link {
  kind: EntityKind;
  key: string;
  weight: number;
}

interface PathShape {
  entities: EntityParent[];
  weight: number;
}

const id = (kind: EntityKind, key: string) => `${kind}:${key}`;

/** Every neighbour of each entity, heaviest `PER_KIND` per kind: one batched read for all of them. */
async function neighboursOf(ctx: Context, ends: { kind: EntityKind; key: string }[], w: Window): Promise<Map<string, Link>[]> {
  return Promise.all(
    ends.map(async ({ kind, key }) => {
      const byKind = await Promise.all(
        LINKABLE[kind]
          .filter((k) => k !== 'DETECTION' && k !== 'CLUSTER')
          .map(async (to) => ({ to, rows: await linkLoader(ctx, kind, to, w, PER_KIND).load(key) })),
      );
      const links = new Map<string, Link>();
      for (const { to, rows } of byKind)
        for (const r of rows) if (!(to === kind && r.to_key === key)) links.set(id(to, r.to_key), { kind: to, key: r.to_key, weight: r.hits });
      return links;
    }),
  );
}

const ConnectionPath = builder.objectRef<PathShape>('ConnectionPath').implement({
  description: 'One way two entities are linked: the entities along it, both ends included.',
  fields: (t) => ({
    hops: t.int({ description: 'Links along the path (1–3).', resolve: (p) => p.entities.length - 1 }),
    entities: t.field({ type: [EntityInterface], description: 'From the first entity to the second.', resolve: (p) => p.entities }),
    weight: t.float({ description: 'Requests carried by its lightest link: how strong the path is.', resolve: (p) => p.weight }),
  }),
});

const Connections = builder.objectRef<{ common: EntityParent[]; paths: PathShape[] }>('Connections').implement({
  description: 'How two entities are connected in the window.',
  fields: (t) => ({
    common: t.field({
      type: [EntityInterface],
      description: 'Entities linked to both (the middles of the 2-hop paths), heaviest first.',
      resolve: (c) => c.common,
    }),
    paths: t.field({
      type: [ConnectionPath],
      description: `The shortest paths of up to \`maxHops\` links, shortest then strongest first, at most ${MAX_PATHS}.`,
      resolve: (c) => c.paths,
    }),
  }),
});

builder.queryField('connections', (t) =>
  t.field({
    type: Connections,
    extensions: { window: 'layer', cost: 1200 },
    description: `How two entities are connected: their common neighbours and their shortest paths of up to 3 links, over the graph layer. Bounded: each entity's ${PER_KIND} heaviest neighbours of each kind are considered, and a 3-link path goes through one of the first entity's ${MIDDLE} heaviest neighbours; two waves of batched reads whatever the entities. Ends with no activity in the window have no paths.`,
    args: {
      a: t.arg({ type: EntityRefInput, required: true, description: 'The first entity.' }),
      b: t.arg({ type: EntityRefInput, required: true, description: 'The second entity.' }),
      maxHops: t.arg.int({ required: false, description: 'Longest path sought, 1–3 (default 3).' }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'The window (default: last 7 days).' }),
    },
    resolve: async (_r, args, ctx) => {
      const maxHops = args.maxHops ?? 3;
      if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 3) throw badInput('`maxHops` must be 1, 2 or 3.');
      for (const e of [args.a, args.b])
        if (e.type === 'DETECTION' || e.type === 'CLUSTER')
          throw badInput('Connections are sought between IPs, JA4s, ASNs, hosts, countries, user agents, subnets and campaigns.');
      const w = wholeHours(resolveLayerWindow(args.window, ctx.now));
      const a = { kind: args.a.type, key: parseKey(args.a.type, args.a.value) };
      const b = { kind: args.b.type, key: parseKey(args.b.type, args.b.value) };
      if (id(a.kind, a.key) === id(b.kind, b.key)) throw badInput('Give two different entities.');
      const [[na, nb], ea, eb] = await Promise.all([neighboursOf(ctx, [a, b], w), findEntity(ctx, a.kind, a.key, w), findEntity(ctx, b.kind, b.key, w)]);
      // only entities active in the window are ends; an unknown one has no paths
      if (!ea || !eb) return { common: [], paths: [] };
      const node = (l: { kind: EntityKind; key: string }) => entityParent(l.kind, l.key, w);
      const paths: PathShape[] = [];
      const direct = na!.get(id(b.kind, b.key));
      if (direct) paths.push({ entities: [node(a), node(b)], weight: direct.weight });
      const common = [...na!.values()]
        .filter((x) => nb!.has(id(x.kind, x.key)))
        .map((x) => ({ x, weight: Math.min(x.weight, nb!.get(id(x.kind, x.key))!.weight) }));
      common.sort((p, q) => q.weight - p.weight);
      if (maxHops >= 2) for (const { x, weight } of common) paths.push({ entities: [node(a), node(x), node(b)], weight });
      if (maxHops >= 3 && paths.length < MAX_PATHS) {
        const middles = [...na!.values()]
          .filter((x) => id(x.kind, x.key) !== id(b.kind, b.key))
          .sort((p, q) => q.weight - p.weight)
          .slice(0, MIDDLE);
        const second = await neighboursOf(ctx, middles, w);
        const found: PathShape[] = [];
        middles.forEach((x, i) => {
          for (const y of second[i]!.values()) {
            const yb = nb!.get(id(y.kind, y.key));
            // a middle linked to both ends makes a shorter path, already listed
            if (!yb || id(y.kind, y.key) === id(a.kind, a.key) || nb!.has(id(x.kind, x.key)) || na!.has(id(y.kind, y.key))) continue;
            found.push({ entities: [node(a), node(x), node(y), node(b)], weight: Math.min(x.weight, y.weight, yb.weight) });
          }
        });
        found.sort((p, q) => q.weight - p.weight);
        paths.push(...found);
      }
      return { common: maxHops >= 2 ? common.map((c) => node(c.x)) : [], paths: paths.slice(0, MAX_PATHS) };
    },
  }),
);
