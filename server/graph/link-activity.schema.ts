import { builder } from '../schema/builder.js';
import { badInput } from '../schema/errors.js';
import { bucketSeconds, resolveLayerWindow, ResolvedWindowRef, TimeWindowInput, wholeHours } from '../schema/window.js';
import { parseKey, type EntityKind } from './entity.kinds.js';
import { EntityInterface, entityParent, type EntityParent } from './entity.refs.js';
import { EntityRefInput } from './entity.schema.js';
import { sourceFor, type Dim } from './columns.sql.js';
import { createGraphLayerRepository, inLayer } from './graph-layer.repository.js';

/** Links one call may time: a canvas of more asks in several calls (a request body is at most 64 KB). */
export const MAX_LINKS = 400;

const LinkRefInput = builder.inputType('LinkRefInput', {
  description: 'A link between two entities, as the graph draws it.',
  fields: (t) => ({
    from: t.field({ type: EntityRefInput, required: true, description: 'One end.' }),
    to: t.field({ type: EntityRefInput, required: true, description: 'The other end.' }),
  }),
});

interface LinkActivityShape {
  from: EntityParent;
  to: EntityParent;
  timeline: { start: string; hits: number }[];
}

const LinkPoint = builder.objectRef<{ start: string; hits: number }>('LinkPoint').implement({
  description: 'Requests carrying a link in one time bucket.',
  fields: (t) => ({
    start: t.field({ type: 'DateTime', description: 'Start of the bucket.', resolve: (p) => p.start }),
    hits: t.exposeFloat('hits', { description: 'Requests carrying both ends in the bucket.' }),
  }),
});

const LinkActivity = builder.objectRef<LinkActivityShape>('LinkActivity').implement({
  description: 'One link’s activity over a window.',
  fields: (t) => ({
    from: t.field({ type: EntityInterface, description: 'One end.', resolve: (l) => l.from }),
    to: t.field({ type: EntityInterface, description: 'The other end.', resolve: (l) => l.to }),
    timeline: t.field({
      type: [LinkPoint],
      description: 'Requests per bucket, only the buckets with any (the same buckets as `linkActivity.bucketSeconds`).',
      resolve: (l) => l.timeline,
    }),
  }),
});

const LinkActivityList = builder
  .objectRef<{ window: ReturnType<typeof wholeHours>; bucketS: number; links: LinkActivityShape[] }>('LinkActivityList')
  .implement({
    description: 'The activity of many links, on common time buckets.',
    fields: (t) => ({
      window: t.field({ type: ResolvedWindowRef, description: 'The window covered, in whole UTC hours.', resolve: (l) => l.window }),
      bucketSeconds: t.int({ description: 'Length of a bucket: 1 hour up to 1 day, at most 72 buckets.', resolve: (l) => l.bucketS }),
      links: t.field({ type: [LinkActivity], description: 'In the order asked.', resolve: (l) => l.links }),
    }),
  });

builder.queryField('linkActivity', (t) =>
  t.field({
    type: LinkActivityList,
    extensions: { window: 'layer', cost: 60 },
    description: `When each link carried its requests: the graph explorer’s time brush re-weights the drawn links with it. One read of the graph layer’s hourly links for all of them; at most ${MAX_LINKS} links. Links between kinds the layer does not hold (clusters, detections) have an empty timeline.`,
    args: {
      links: t.arg({ type: [LinkRefInput], required: true, description: `The links, at most ${MAX_LINKS}.` }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'The window (default: last 7 days).' }),
    },
    resolve: async (_r, args, ctx) => {
      if (args.links.length > MAX_LINKS) throw badInput(`At most ${MAX_LINKS} links per call; ${args.links.length} were asked.`, { limit: MAX_LINKS });
      const w = wholeHours(resolveLayerWindow(args.window, ctx.now));
      const bucketS = bucketSeconds(w, 72, 3600);
      const links = args.links.map((l) => ({
        from: { kind: l.from.type as EntityKind, key: parseKey(l.from.type, l.from.value) },
        to: { kind: l.to.type as EntityKind, key: parseKey(l.to.type, l.to.value) },
      }));
      const groups = new Map<string, { source: ReturnType<typeof sourceFor>; from: Dim; to: Dim; fromKeys: Set<string>; toKeys: Set<string> }>();
      for (const l of links) {
        const from = l.from.kind as Dim;
        const to = l.to.kind as Dim;
        const source = sourceFor(from, to);
        if (!inLayer(source, from, to)) continue;
        const id = `${source}|${from}|${to}`;
        const g = groups.get(id) ?? { source, from, to, fromKeys: new Set<string>(), toKeys: new Set<string>() };
        g.fromKeys.add(l.from.key);
        g.toKeys.add(l.to.key);
        groups.set(id, g);
      }
      const rows = groups.size
        ? await createGraphLayerRepository(ctx.db).linkTimeline(
            [...groups.values()].map((g) => ({ ...g, fromKeys: [...g.fromKeys], toKeys: [...g.toKeys] })),
            w,
            bucketS,
          )
        : [];
      const byPair = new Map<string, { start: string; hits: number }[]>();
      for (const r of rows) {
        const id = `${r.from_kind}:${r.from_key}>${r.to_kind}:${r.to_key}`;
        byPair.set(id, [...(byPair.get(id) ?? []), { start: new Date(Date.parse(r.bucket)).toISOString(), hits: r.hits }]);
      }
      return {
        window: w,
        bucketS,
        links: links.map((l) => ({
          from: entityParent(l.from.kind, l.from.key, w),
          to: entityParent(l.to.kind, l.to.key, w),
          timeline: (byPair.get(`${l.from.kind}:${l.from.key}>${l.to.kind}:${l.to.key}`) ?? []).sort((a, b) => a.start.localeCompare(b.start)),
        })),
      };
    },
  }),
);
