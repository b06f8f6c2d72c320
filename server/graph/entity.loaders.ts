import type { Context } from '../context.js';
import { byKey } from '../schema/loaders.js';
import { wholeHours, windowKey, type Window } from '../schema/window.js';
import { createActivityRepository, type ActivityRow, type ThreatRow, type TimelineRow } from './activity.repository.js';
import { createLinkRepository, type LinkRow } from './links.repository.js';
import { createGraphLayerRepository, inLayer, sourceOf, THREAT_COLUMNS, type NodeRow } from './graph-layer.repository.js';
/** Whether the layer holds a kind (or links two) for a source: what modules check before asking it. */
export { inLayer };
import { sourceFor, type Dim, type Source } from './columns.sql.js';

/**
 * Per-request batched reads of entity activity and links. Entity kinds come from the graph layer,
 * through three loaders per window — nodes, links, degrees — whose keys describe each read, so
 * whatever a tick asks of the layer (several kinds, several link types, timelines) costs at most
 * one query of each. Attributes that are not entities (paths, header layouts, query parameters)
 * and single detections are read from the raw tables, bounded by key.
 */

const SEP = '\u0000';

/** A loader-shaped view over a described read: `load`, and `loadMany` as DataLoader gives it. */
const readsOf = <V>(load: (key: string) => Promise<V>) => ({
  load,
  loadMany: (keys: readonly string[]) => Promise.all(keys.map((k) => load(k).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))))),
});
/** A descriptor's fixed parts, and its key last: keys are the caller's text and may hold SEP. */
const splitDesc = (d: string, fixed: number) => {
  const parts = d.split(SEP);
  return [...parts.slice(0, fixed), parts.slice(fixed).join(SEP)];
};
const groupKeys = <G>(items: { group: string; make: () => G; key: string }[]) => {
  const groups = new Map<string, { group: G; keys: Set<string> }>();
  for (const it of items) {
    const g = groups.get(it.group) ?? { group: it.make(), keys: new Set<string>() };
    g.keys.add(it.key);
    groups.set(it.group, g);
  }
  return [...groups.values()].map((g) => ({ ...g.group, keys: [...g.keys] }));
};

interface NodeTotals {
  activity: Partial<Record<Source, ActivityRow>>;
  threats: ThreatRow[];
}

/** Activity of both sources and threat levels ("n"), or a timeline ("t<bucket>"), of any kind and key. */
function nodeReads(ctx: Context, w: Window) {
  return ctx.loaders.get<string, NodeTotals | TimelineRow[]>('layer.nodes', { w: windowKey(w) }, async (descs) => {
    const wanted = descs.map((d) => {
      const [kind, part, key] = splitDesc(d, 2) as [Dim, string, string];
      return { kind, key, part };
    });
    const groups = groupKeys(wanted.map((x) => ({ group: x.kind, make: () => ({ kind: x.kind }), key: x.key })));
    const buckets = [...new Set(wanted.filter((x) => x.part !== 'n').map((x) => Number(x.part.slice(1))))];
    const repo = createGraphLayerRepository(ctx.db);
    const timelineKinds = (b: number) => [...new Set(wanted.filter((x) => x.part === `t${b}`).map((x) => x.kind))];
    // one bucket per window in practice (the timeline's own), so one query
    const results = await Promise.all(
      buckets.length === 0 ? [repo.nodes(groups, w)] : buckets.map((b) => repo.nodes(groups, w, { bucketS: b, kinds: timelineKinds(b) })),
    );
    const totals = new Map<string, NodeTotals>();
    const timelines = new Map<string, TimelineRow[]>();
    results.forEach((rows, i) => {
      for (const r of rows) {
        const id = `${r.kind}${SEP}${r.key}`;
        if (r.bucket === null) {
          if (i === 0) addTotals(totals, id, r);
        } else if (sourceOf(r.source) === sourceFor(r.kind as Dim)) {
          const tid = `${id}${SEP}t${buckets[i]}`;
          timelines.set(tid, [...(timelines.get(tid) ?? []), { key: r.key, bucket: r.bucket, hits: r.hits, unique_ips: r.unique_ips }]);
        }
      }
    });
    return wanted.map((x) =>
      x.part === 'n'
        ? (totals.get(`${x.kind}${SEP}${x.key}`) ?? { activity: {}, threats: [] })
        : (timelines.get(`${x.kind}${SEP}${x.key}${SEP}${x.part}`) ?? []).sort((a, b) => a.bucket.localeCompare(b.bucket)),
    );
  });
}

function addTotals(totals: Map<string, NodeTotals>, id: string, r: NodeRow) {
  const t = totals.get(id) ?? { activity: {}, threats: [] };
  const source = sourceOf(r.source);
  t.activity[source] = { key: r.key, first_seen: r.first_seen, last_seen: r.last_seen, hits: r.hits, unique_ips: r.unique_ips, rows: r.rows };
  if (source === 'ml') {
    for (const [threat_level, column] of Object.entries(THREAT_COLUMNS)) {
      if (r[column] > 0) t.threats.push({ key: r.key, threat_level, detections: r[column] });
    }
  }
  totals.set(id, t);
}

export function activityLoader(ctx: Context, kind: Dim, w: Window, source: Source = sourceFor(kind)) {
  if (inLayer(source, kind)) {
    const hours = wholeHours(w);
    return readsOf(async (key) => ((await nodeReads(ctx, hours).load(`${kind}${SEP}n${SEP}${key}`)) as NodeTotals).activity[source]);
  }
  return ctx.loaders.get<string, ActivityRow | undefined>('activity', { kind, w: windowKey(w), source }, async (keys) =>
    byKey(
      keys,
      await createActivityRepository(ctx.db).activity(kind, keys, w, source),
      (r) => r.key,
      (rs) => rs[0],
    ),
  );
}

export function threatLoader(ctx: Context, kind: Dim, w: Window) {
  if (inLayer('ml', kind)) {
    const hours = wholeHours(w);
    return readsOf(async (key) => ((await nodeReads(ctx, hours).load(`${kind}${SEP}n${SEP}${key}`)) as NodeTotals).threats);
  }
  return ctx.loaders.get<string, ThreatRow[]>('threats', { kind, w: windowKey(w) }, async (keys) =>
    byKey(
      keys,
      await createActivityRepository(ctx.db).threatLevels(kind, keys, w),
      (r) => r.key,
      (rs) => rs,
    ),
  );
}

export function timelineLoader(ctx: Context, kind: Dim, w: Window, bucketS: number) {
  if (inLayer(sourceFor(kind), kind)) {
    const hours = wholeHours(w);
    return readsOf(async (key) => (await nodeReads(ctx, hours).load(`${kind}${SEP}t${bucketS}${SEP}${key}`)) as TimelineRow[]);
  }
  return ctx.loaders.get<string, TimelineRow[]>('timeline', { kind, w: windowKey(w), bucketS }, async (keys) =>
    byKey(
      keys,
      await createActivityRepository(ctx.db).timeline(kind, keys, w, bucketS),
      (r) => r.key,
      (rs) => rs,
    ),
  );
}

/** Any link type of any kind, for every key resolved in the same tick: one query per window. */
function linkReads(ctx: Context, w: Window) {
  const loader = ctx.loaders.get<string, LinkRow[]>('layer.links', { w: windowKey(w) }, async (descs) => {
    const wanted = descs.map((d) => {
      const [source, from, to, limit, attributes, key] = splitDesc(d, 5) as [Source, Dim, Dim, string, string, string];
      return { source, from, to, limit: Number(limit), attributes: attributes ? (attributes.split(',') as Dim[]) : [], key };
    });
    const groups = groupKeys(
      wanted.map((x) => ({
        group: [x.source, x.from, x.to, x.attributes.join(',')].join(SEP),
        make: () => ({ source: x.source, from: x.from, to: x.to, attributes: x.attributes.map((kind) => ({ kind, source: sourceFor(x.to, kind) })) }),
        key: x.key,
      })),
    );
    const rows = await createGraphLayerRepository(ctx.db).links(groups, w, Math.max(...wanted.map((x) => x.limit)));
    const byLink = new Map<string, LinkRow[]>();
    const names = asnNameLoader(ctx);
    const attributes = new Map<string, LinkRow[]>();
    for (const r of rows) {
      const id = `${sourceOf(r.source)}${SEP}${r.from_kind}${SEP}${r.to_kind}${SEP}${r.from_key}`;
      const into = r.attribute ? attributes : byLink;
      into.set(id, [...(into.get(id) ?? []), r]);
      if (r.to_kind === 'ASN' && r.to_name) names.prime(r.to_key, { org: r.to_name, label: r.to_label });
    }
    // each listed entity's attributes, as its own one-link read would load them (none: an empty list)
    for (const x of wanted.filter((x) => x.attributes.length)) {
      for (const r of (byLink.get(`${x.source}${SEP}${x.from}${SEP}${x.to}${SEP}${x.key}`) ?? []).slice(0, x.limit)) {
        for (const kind of x.attributes) {
          const source = sourceFor(x.to, kind);
          loader.prime(linkDesc(source, x.to, kind, 1, [], r.to_key), attributes.get(`${source}${SEP}${x.to}${SEP}${kind}${SEP}${r.to_key}`) ?? []);
        }
      }
    }
    return wanted.map((x) => (byLink.get(`${x.source}${SEP}${x.from}${SEP}${x.to}${SEP}${x.key}`) ?? []).slice(0, x.limit));
  });
  return loader;
}

const linkDesc = (source: Source, from: Dim, to: Dim, limit: number, attributes: readonly Dim[], key: string) =>
  [source, from, to, limit, attributes.join(','), key].join(SEP);

/**
 * Links of one kind pair, heaviest first, at most `limit` per key, each with the key's total; with
 * `attributes`, each linked entity's heaviest link to those kinds is read in the same statement
 * and waits in the loaders for its own one-link read.
 */
export function linkLoader(ctx: Context, from: Dim, to: Dim, w: Window, limit: number, source: Source = sourceFor(from, to), attributes: readonly Dim[] = []) {
  if (inLayer(source, from, to)) {
    const hours = wholeHours(w);
    if (from === to) {
      // an entity's only link to its own kind is itself
      return readsOf(async (key): Promise<LinkRow[]> => {
        const a = await activityLoader(ctx, from, hours, source).load(key);
        return a ? [{ ...a, from_key: key, to_key: key, total: 1 }] : [];
      });
    }
    const wanted = attributes.filter((a) => inLayer(sourceFor(to, a), to, a));
    return readsOf((key) => linkReads(ctx, hours).load(linkDesc(source, from, to, limit, wanted, key)));
  }
  if (subnetsFromIps(source, from, to)) {
    const hours = wholeHours(w);
    return readsOf((key) => subnetReads(ctx, hours).load([source, from, limit, key].join(SEP)));
  }
  return ctx.loaders.get<string, LinkRow[]>('links', { from, to, w: windowKey(w), limit, source }, async (keys) =>
    byKey(
      keys,
      await createLinkRepository(ctx.db).links(from, to, keys, w, limit, source),
      (r) => r.from_key,
      (rs) => rs,
    ),
  );
}

/** A kind's networks the layer does not pair with it, counted from its IPs' links (see `subnetLinks`). */
const subnetsFromIps = (source: Source, from: Dim, to: Dim) => to === 'SUBNET' && !inLayer(source, from, to) && inLayer(source, from, 'IP');

/** Networks of any keys whose kind the layer pairs with IPs, for every key resolved in the same tick: one query per window. */
function subnetReads(ctx: Context, w: Window) {
  return ctx.loaders.get<string, LinkRow[]>('layer.subnetLinks', { w: windowKey(w) }, async (descs) => {
    const wanted = descs.map((d) => {
      const [source, from, limit, key] = splitDesc(d, 3) as [Source, Dim, string, string];
      return { source, from, limit: Number(limit), key };
    });
    const groups = groupKeys(wanted.map((x) => ({ group: `${x.source}${SEP}${x.from}`, make: () => ({ source: x.source, from: x.from }), key: x.key })));
    const rows = await createGraphLayerRepository(ctx.db).subnetLinks(groups, w, Math.max(...wanted.map((x) => x.limit)));
    const byKey = new Map<string, LinkRow[]>();
    for (const r of rows) {
      const id = `${sourceOf(r.source)}${SEP}${r.from_kind}${SEP}${r.from_key}`;
      byKey.set(id, [...(byKey.get(id) ?? []), r]);
    }
    return wanted.map((x) => (byKey.get(`${x.source}${SEP}${x.from}${SEP}${x.key}`) ?? []).slice(0, x.limit));
  });
}

/** Degrees of any kinds, for every key resolved in the same tick: one query per window. */
function degreeReads(ctx: Context, w: Window) {
  return ctx.loaders.get<string, number>('layer.degrees', { w: windowKey(w) }, async (descs) => {
    const wanted = descs.map((d) => {
      const [kind, others, key] = splitDesc(d, 2) as [Dim, string, string];
      return { kind, others: others.split(',') as Dim[], key };
    });
    const groups = groupKeys(
      wanted.map((x) => ({
        group: `${x.kind}${SEP}${x.others.join(',')}`,
        make: () => ({ kind: x.kind, others: x.others.map((o) => ({ kind: o, source: sourceFor(x.kind, o) })) }),
        key: x.key,
      })),
    );
    const rows = await createGraphLayerRepository(ctx.db).degrees(groups, w);
    const degree = new Map(rows.map((r) => [[sourceOf(r.source), r.kind, r.key, r.to_kind].join(SEP), r.degree]));
    return wanted.map((x) => x.others.reduce((sum, o) => sum + (degree.get([sourceFor(x.kind, o), x.kind, x.key, o].join(SEP)) ?? 0), 0));
  });
}

/**
 * Degrees of many keys in one statement, past the request loaders' batches of 1,000 (a retro-hunt's
 * 10,000 keys in batches read 2.0 M rows in 13 statements): how many distinct entities of its `to` kind
 * each group's key links to in the window. Every pair asked must be one the layer links.
 */
export async function degreesOfKeys(ctx: Context, groups: { kind: Dim; to: Dim; keys: string[] }[], w: Window) {
  for (const g of groups) if (!inLayer(sourceFor(g.kind, g.to), g.kind, g.to)) throw new Error(`the layer does not link ${g.kind} to ${g.to}`);
  if (!groups.length) return [];
  return createGraphLayerRepository(ctx.db).degrees(
    groups.map((g) => ({ kind: g.kind, keys: g.keys, others: [{ kind: g.to, source: sourceFor(g.kind, g.to) }] })),
    wholeHours(w),
  );
}

/** How many distinct entities of the `others` kinds each key links to, summed. */
export function degreeLoader(ctx: Context, kind: Dim, others: Dim[], w: Window) {
  const derived = others.filter((o) => subnetsFromIps(sourceFor(kind, o), kind, o));
  const held = others.filter((o) => !derived.includes(o));
  if (held.every((o) => inLayer(sourceFor(kind, o), kind, o))) {
    const hours = wholeHours(w);
    return readsOf(async (key) => {
      const [inLayerCount, networks] = await Promise.all([
        held.length ? degreeReads(ctx, hours).load([kind, held.join(','), key].join(SEP)) : 0,
        derived.length ? subnetReads(ctx, hours).load([sourceFor(kind, 'SUBNET'), kind, 1, key].join(SEP)) : [],
      ]);
      return inLayerCount + (networks[0]?.total ?? 0);
    });
  }
  return ctx.loaders.get<string, number>('degrees', { kind, others, w: windowKey(w) }, async (keys) =>
    byKey(
      keys,
      await createLinkRepository(ctx.db).degrees(kind, others, keys, w),
      (r) => r.key,
      (rs) => rs[0]?.degree ?? 0,
    ),
  );
}

/** AS organisation and label by number, from the AS-names table (links to an AS prime it). */
export function asnNameLoader(ctx: Context) {
  return ctx.loaders.get<string, { org: string; label: string } | undefined>('layer.asnNames', {}, async (keys) =>
    byKey(
      keys,
      await createGraphLayerRepository(ctx.db).asnNames(keys),
      (r) => r.key,
      (rs) => rs[0],
    ),
  );
}

/** Whether the layer has ever seen an entity (any time): what a decision about it requires. */
export function seenLoader(ctx: Context, kind: Dim) {
  return ctx.loaders.get<string, boolean>('layer.seen', { kind }, async (keys) => {
    const seen = new Set((await createGraphLayerRepository(ctx.db).seen(kind, keys)).map((r) => r.key));
    return keys.map((k) => seen.has(k));
  });
}

/** The busiest values of a kind in the window (the graph layer where it holds the kind, else the raw table), with how many there are. */
export function topValues(ctx: Context, kind: Dim, w: Window, limit: number, source: Source) {
  return inLayer(source, kind)
    ? createGraphLayerRepository(ctx.db).topValues(kind, w, limit, source)
    : createActivityRepository(ctx.db).topValues(kind, w, limit, source);
}
