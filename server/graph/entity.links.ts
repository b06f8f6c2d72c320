import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../schema/builder.js';
import { connection, toPage, totalCountOf } from '../schema/paging.js';
import { pageArgs, TimeWindowInput } from '../schema/window.js';
import { TYPE_NAME, type EntityKind } from './entity.kinds.js';
import { entityParent, type EntityParent, type EntityRef } from './entity.refs.js';
import { degreeLoader, linkLoader } from './entity.loaders.js';
import { FEW_LINKS } from './layer.sql.js';
import { fieldWindow } from './entity.schema.js';
import { onlyTotalCount, PREFETCH, selectedFieldNames } from '../schema/prefetch.js';
import type { LinkRow } from './links.repository.js';
import type { Dim } from './columns.sql.js';

export { ValueCountList, ValueCountRef };

export interface LinkEdge {
  node: EntityParent;
  cursor: string;
  hits: number;
  uniqueIps: number;
  firstSeen: string;
  lastSeen: string;
}

/** `<Type>Connection` / `<Type>Edge`: links to one kind of entity, weighted by hits. */
export function linkConnection(ref: EntityRef, kind: EntityKind) {
  const name = TYPE_NAME[kind];
  return builder.connectionObject(
    {
      type: ref,
      name: `${name}Connection`,
      description: `Linked ${name} entities, heaviest link first.`,
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many distinct linked entities there are in the window (exact: merged per-hour sets, never an estimate).',
          resolve: totalCountOf,
        }),
      }),
    },
    {
      name: `${name}Edge`,
      description: `A link to a ${name}, with its weight.`,
      fields: (t) => ({
        hits: t.float({
          description: 'Requests that carry both ends of the link in the window (its weight).',
          resolve: (e) => (e as unknown as LinkEdge).hits,
        }),
        uniqueIps: t.int({ description: 'Distinct source IPs behind the link.', resolve: (e) => (e as unknown as LinkEdge).uniqueIps }),
        firstSeen: t.field({ type: 'DateTime', description: 'First request carrying the link.', resolve: (e) => (e as unknown as LinkEdge).firstSeen }),
        lastSeen: t.field({ type: 'DateTime', description: 'Last request carrying the link.', resolve: (e) => (e as unknown as LinkEdge).lastSeen }),
      }),
    },
  );
}

export function toEdges(rows: LinkRow[], to: EntityKind, page: ReturnType<typeof toPage>, w: EntityParent['window'], total = rows[0]?.total ?? 0) {
  const slice = rows.slice(page.offset, page.offset + page.first);
  return connection(slice, total, page, (r) => ({
    node: entityParent(to, r.to_key, w),
    hits: r.hits,
    uniqueIps: r.unique_ips,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
  }));
}

/** Per entity type, its one-link fields (IP.asn, IP.country) and the kind each links to. */
const SINGLE_LINKS = new Map<string, Map<string, EntityKind>>();

/** The kinds of the one-link fields asked of a connection's entities: read with the list itself. */
function attributesAsked(info: GraphQLResolveInfo, to: EntityKind): EntityKind[] {
  const fields = SINGLE_LINKS.get(TYPE_NAME[to]);
  if (!fields) return [];
  const asked = new Set([...selectedFieldNames(info, ['edges', 'node']), ...selectedFieldNames(info, ['nodes'])]);
  return [...new Set([...fields].filter(([f]) => asked.has(f)).map(([, kind]) => kind))].sort();
}

/**
 * Adds `field` to `fromRef`: a connection to the `to` entities linked to each parent.
 * Modules call it for the links that end at their own entity (the federated seam).
 */
export function addLink(fromRef: EntityRef, field: string, to: EntityKind, conn: ReturnType<typeof linkConnection>, description: string) {
  builder.objectField(fromRef, field, (t) =>
    t.field({
      type: conn,
      description,
      args: pageArgs,
      extensions: { ...PREFETCH, window: { to: [to] } },
      resolve: async (parent, args, ctx, info) => {
        const w = fieldWindow(ctx, parent, args.window, [to]);
        const page = toPage(args);
        // (an entity with few links counts them with the links it reads anyway, in the same query)
        if (onlyTotalCount(info) && !FEW_LINKS.includes(parent.kind)) {
          // the count alone is a degree: no need to read (and rank) every link
          const total = await degreeLoader(ctx, parent.kind, [to], w).load(parent.key);
          return toEdges([], to, page, w, total);
        }
        const rows = await linkLoader(ctx, parent.kind, to, w, page.offset + page.first, undefined, attributesAsked(info, to)).load(parent.key);
        return toEdges(rows, to, page, w);
      },
    }),
  );
}

/** Adds a single linked entity (the heaviest link), e.g. IP.asn, or null when there is none. */
export function addSingleLink(fromRef: EntityRef, field: string, to: EntityKind, toRef: EntityRef, description: string) {
  const fields = SINGLE_LINKS.get(fromRef.name) ?? new Map<string, EntityKind>();
  SINGLE_LINKS.set(fromRef.name, fields.set(field, to));
  builder.objectField(fromRef, field, (t) =>
    t.field({
      type: toRef,
      nullable: true,
      description,
      extensions: PREFETCH,
      resolve: async (parent, _a, ctx) => {
        const w = fieldWindow(ctx, parent, null, [to]);
        const [top] = await linkLoader(ctx, parent.kind, to, w, 1).load(parent.key);
        return top ? entityParent(to, top.to_key, w) : null;
      },
    }),
  );
}

interface ValueCount {
  value: string;
  hits: number;
  uniqueIps: number;
  rows?: number;
}

const ValueCountRef = builder.objectRef<ValueCount>('ValueCount').implement({
  description: 'A value (a path, a header layout, …) and how often it was seen.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The value.' }),
    hits: t.exposeFloat('hits', { description: 'Requests carrying it in the window.' }),
    uniqueIps: t.exposeInt('uniqueIps', { description: 'Distinct IPs that sent it.' }),
    count: t.int({ description: 'Rows carrying it: requests, or detections when counting detections.', resolve: (v) => v.rows ?? v.hits }),
  }),
});

const ValueCountList = builder.objectRef<{ totalCount: number; items: ValueCount[] }>('ValueCountList').implement({
  description: 'The most frequent values, with how many distinct values there are.',
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'Distinct values in the window.' }),
    items: t.field({
      type: [ValueCountRef],
      description: 'The most frequent first: by requests, or by detections when counting detections.',
      resolve: (l) => l.items,
    }),
  }),
});

/** Adds a list of the most frequent values of a non-entity dimension (e.g. URL paths). */
export function addValueList(fromRef: EntityRef, field: string, dim: Dim, description: string) {
  builder.objectField(fromRef, field, (t) =>
    t.field({
      type: ValueCountList,
      description,
      extensions: { ...PREFETCH, window: { to: [dim as EntityKind] } },
      args: {
        first: t.arg.int({ required: false, description: 'How many (1–500, default 20).' }),
        window: t.arg({ type: TimeWindowInput, required: false, description: 'Overrides the window the entity was reached with.' }),
      },
      resolve: async (parent, args, ctx) => {
        const w = fieldWindow(ctx, parent, args.window, [dim as EntityKind]);
        const rows = await linkLoader(ctx, parent.kind, dim, w, toPage(args).first).load(parent.key);
        return { totalCount: rows[0]?.total ?? 0, items: rows.map((r) => ({ value: r.to_key, hits: r.hits, uniqueIps: r.unique_ips, rows: r.rows })) };
      },
    }),
  );
}
