import { builder } from '../schema/builder.js';
import { badInput } from '../schema/errors.js';
import { resolveLayerWindow, ResolvedWindowRef, TimeWindowInput, wholeHours, type Window } from '../schema/window.js';
import { ENTITY_KINDS, parseKey, type EntityKind } from './entity.kinds.js';
import { EntityInterface, entityParent, type EntityParent } from './entity.refs.js';
import { EntityRefInput } from './entity.schema.js';
import { sourceFor, type Dim } from './columns.sql.js';
import { createGraphLayerRepository, inLayer } from './graph-layer.repository.js';
import { LINKABLE } from './entity.kinds.js';

/** Entities one call may relate: a saved investigation's worth. */
export const MAX_AMONG = 1000;

interface LinkShape {
  from: EntityParent;
  to: EntityParent;
  source: string;
  weight: number;
  uniqueIps: number;
  firstSeen: string;
  lastSeen: string;
}

const GraphLink = builder.objectRef<LinkShape>('GraphLink').implement({
  description: 'A link between two entities of a set, over a window.',
  fields: (t) => ({
    from: t.field({ type: EntityInterface, description: 'One end (the kind listed first in `linkKind`).', resolve: (l) => l.from }),
    to: t.field({ type: EntityInterface, description: 'The other end.', resolve: (l) => l.to }),
    linkKind: t.string({ description: 'The kind of link, e.g. IP_JA4 (an IP used a fingerprint).', resolve: (l) => `${l.from.kind}_${l.to.kind}` }),
    source: t.string({ description: '“traffic” (requests seen together) or “detections” (flagged together by the detector).', resolve: (l) => l.source }),
    weight: t.float({ description: 'Requests carrying the link in the window.', resolve: (l) => l.weight }),
    uniqueIps: t.int({ description: 'Distinct source IPs behind the link (exact).', resolve: (l) => l.uniqueIps }),
    firstSeen: t.field({ type: 'DateTime', description: 'First request carrying the link.', resolve: (l) => l.firstSeen }),
    lastSeen: t.field({ type: 'DateTime', description: 'Last request carrying the link.', resolve: (l) => l.lastSeen }),
  }),
});

const LinksAmong = builder.objectRef<{ window: Window; links: LinkShape[] }>('LinksAmong').implement({
  description: 'The links among a set of entities.',
  fields: (t) => ({
    window: t.field({ type: ResolvedWindowRef, description: 'The window covered, in whole UTC hours.', resolve: (l) => l.window }),
    links: t.field({ type: [GraphLink], description: 'Each linked pair once, heaviest first.', resolve: (l) => l.links }),
  }),
});

/** Each linkable pair of kinds once, read in the direction whose `from` kind comes first. */
const PAIRS = ENTITY_KINDS.flatMap((a, i) =>
  ENTITY_KINDS.slice(i + 1)
    .filter((b) => LINKABLE[a].includes(b))
    .map((b) => [a, b] as const),
);

builder.queryField('linksAmong', (t) =>
  t.field({
    type: LinksAmong,
    extensions: { window: 'layer', cost: 60, costPerKey: 0.5 },
    description: `How a set of entities links together: every link between two of them in the window (traffic links, and detection links for campaigns), from the graph layer, read by the keys given. What exports and a saved investigation’s relationships are built from. At most ${MAX_AMONG} entities.`,
    args: {
      refs: t.arg({ type: [EntityRefInput], required: true, description: `The entities, at most ${MAX_AMONG}.` }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'The window (default: last 7 days).' }),
    },
    resolve: async (_r, a, ctx) => {
      if (a.refs.length > MAX_AMONG) throw badInput(`At most ${MAX_AMONG} entities per call; ${a.refs.length} were asked.`, { limit: MAX_AMONG });
      const w = wholeHours(resolveLayerWindow(a.window, ctx.now));
      const keys = new Map<EntityKind, Set<string>>();
      for (const r of a.refs) keys.set(r.type, (keys.get(r.type) ?? new Set()).add(parseKey(r.type, r.value)));
      const groups = PAIRS.filter(([x, y]) => keys.has(x) && keys.has(y)).flatMap(([x, y]) => {
        const source = sourceFor(x as Dim, y as Dim);
        return inLayer(source, x as Dim, y as Dim) ? [{ source, from: x as Dim, to: y as Dim, fromKeys: [...keys.get(x)!], toKeys: [...keys.get(y)!] }] : [];
      });
      const rows = groups.length ? await createGraphLayerRepository(ctx.db).linksAmong(groups, w) : [];
      return {
        window: w,
        links: rows
          .map((r) => ({
            from: entityParent(r.from_kind as EntityKind, r.from_key, w),
            to: entityParent(r.to_kind as EntityKind, r.to_key, w),
            source: r.source,
            weight: r.source === 'detections' ? r.rows : r.hits,
            uniqueIps: Number(r.unique_ips),
            firstSeen: r.first_seen,
            lastSeen: r.last_seen,
          }))
          .sort((x, y) => y.weight - x.weight || `${x.from.key}${x.to.key}`.localeCompare(`${y.from.key}${y.to.key}`)),
      };
    },
  }),
);
