import { builder } from '../schema/builder.js';
import { boundFirst } from '../schema/paging.js';
import { TimeWindowInput } from '../schema/window.js';
import { LINKABLE, type EntityKind } from './entity.kinds.js';
import { EntityInterface, EntityTypeEnum, entityParent, type EntityParent } from './entity.refs.js';
import { activityLoader, degreeLoader, linkLoader } from './entity.loaders.js';
import { COMPOSITES } from './entity.composite.js';
import { fieldWindow } from './entity.schema.js';
import { PREFETCH } from '../schema/prefetch.js';

interface NeighborShape {
  entity: EntityParent;
  from: EntityKind;
  weight: number;
  uniqueIps: number;
  firstSeen: string;
  lastSeen: string;
}

const Neighbor = builder.objectRef<NeighborShape>('Neighbor').implement({
  description: 'One linked entity in an expansion.',
  fields: (t) => ({
    entity: t.field({ type: EntityInterface, description: 'The linked entity.', resolve: (n) => n.entity }),
    linkKind: t.string({ description: 'The kind of link, e.g. IP_JA4 (an IP used a fingerprint).', resolve: (n) => `${n.from}_${n.entity.kind}` }),
    weight: t.float({ description: 'Requests carrying the link in the window.', resolve: (n) => n.weight }),
    uniqueIps: t.int({ description: 'Distinct source IPs behind the link.', resolve: (n) => n.uniqueIps }),
    firstSeen: t.field({ type: 'DateTime', description: 'First request carrying the link.', resolve: (n) => n.firstSeen }),
    lastSeen: t.field({ type: 'DateTime', description: 'Last request carrying the link.', resolve: (n) => n.lastSeen }),
    hiddenNeighborCount: t.int({
      description:
        'How many entities this neighbour links to besides the one being expanded (what expanding it would add); exact, from the graph layer’s per-hour degrees.',
      resolve: async (n, _a, ctx) => {
        const others = LINKABLE[n.entity.kind];
        const degree = await degreeLoader(ctx, n.entity.kind, others, n.entity.window).load(n.entity.key);
        return Math.max(0, degree - (others.includes(n.from) ? 1 : 0));
      },
    }),
  }),
});

interface GroupShape {
  type: EntityKind;
  totalCount: number;
  neighbors: NeighborShape[];
}

const NeighborGroup = builder.objectRef<GroupShape>('NeighborGroup').implement({
  description: 'The neighbours of one type: a row of the graph explorer’s expand menu.',
  fields: (t) => ({
    type: t.field({ type: EntityTypeEnum, description: 'Their entity type.', resolve: (g) => g.type }),
    totalCount: t.int({
      description: 'How many linked entities of this type exist in the window (equals the matching connection’s totalCount).',
      resolve: (g) => g.totalCount,
    }),
    neighbors: t.field({ type: [Neighbor], description: 'The heaviest links, at most `first`.', resolve: (g) => g.neighbors }),
  }),
});

builder.interfaceField(EntityInterface, 'neighbors', (t) =>
  t.field({
    type: [NeighborGroup],
    extensions: { ...PREFETCH, window: { to: 'linkable' } },
    description:
      'Typed expansion, like a Maltego transform: for each requested type, the linked entities with link weight, and how many neighbours each of them has in turn.',
    args: {
      types: t.arg({ type: [EntityTypeEnum], required: false, description: 'Which types to expand into (default: every type this entity links to).' }),
      first: t.arg.int({ required: false, description: 'Neighbours per type (1–500, default 10).' }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'Overrides the window the entity was reached with.' }),
    },
    resolve: async (parent, args, ctx) => {
      const types = (args.types ?? LINKABLE[parent.kind]).filter((k) => LINKABLE[parent.kind].includes(k));
      const w = fieldWindow(ctx, parent, args.window, types);
      const first = boundFirst(args.first, 10);
      const members = await COMPOSITES.get(parent.kind)?.(ctx, parent.key, w);
      if (members) {
        const top = members.slice(0, first);
        const rows = await activityLoader(ctx, 'IP', w).loadMany(top);
        const neighbors = top.flatMap((ip, i) => {
          const r = rows[i];
          return r && !(r instanceof Error)
            ? [{ entity: entityParent('IP', ip, w), from: parent.kind, weight: r.hits, uniqueIps: 1, firstSeen: r.first_seen, lastSeen: r.last_seen }]
            : [];
        });
        return types.includes('IP') ? [{ type: 'IP' as const, totalCount: members.length, neighbors }] : [];
      }
      return Promise.all(
        [...new Set(types)].map(async (type) => {
          const rows = await linkLoader(ctx, parent.kind, type, w, first).load(parent.key);
          return {
            type,
            totalCount: rows[0]?.total ?? 0,
            neighbors: rows.map((r) => ({
              entity: entityParent(type, r.to_key, w),
              from: parent.kind,
              weight: r.hits,
              uniqueIps: r.unique_ips,
              firstSeen: r.first_seen,
              lastSeen: r.last_seen,
            })),
          };
        }),
      );
    },
  }),
);
