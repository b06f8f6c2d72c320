import { parse, type GraphQLSchema } from 'graphql';
import { execute } from '@graphql-tools/executor';
import type { Context } from '../../context.js';
import { appError } from '../../schema/errors.js';
import { DESCRIPTORS, ENTITY_KINDS, type EntityKind } from '../../graph/entity.kinds.js';
import type { ThreatLevel } from '../../graph/entity.refs.js';

/**
 * What every export is built from: the entities, the links among them, the analysts' verdicts and
 * the notes — read through the graph itself (the document below, run in-process with the caller's
 * context and loaders), so exporters hold no SQL and see exactly what the API shows.
 */
export interface ExportEntity {
  type: EntityKind;
  key: string;
  /** AS organisation or country name, when the kind has one. */
  name: string | null;
  hits: number;
  uniqueIps: number;
  detectionCount: number;
  /** The most severe threat level among its detections in the window (null: none). */
  worstLevel: ThreatLevel | null;
  firstSeen: string | null;
  lastSeen: string | null;
  /** The latest analyst decision about it (all time). */
  verdict: Verdict | null;
}

/** An analyst's decision, as `classifications` answers it. */
export interface Verdict {
  label: 'MALICIOUS' | 'SUSPICIOUS' | 'LEGITIMATE' | null;
  tags: string[];
  comment: string;
  analyst: string;
  confidence: number;
  createdAt: string;
}

export interface ExportLink {
  from: { type: EntityKind; key: string };
  to: { type: EntityKind; key: string };
  kind: string;
  source: string;
  weight: number;
  uniqueIps: number;
}

export interface ExportNote {
  id: string;
  text: string;
  author: string;
  createdAt: string;
  entity: { type: EntityKind; key: string } | null;
}

export interface ExportGraph {
  /** Which verdicts become IDS indicators. */
  policy: IdsPolicy;
  /** The saved investigation's UUID, or null for an ad-hoc set of entities. */
  id: string | null;
  name: string;
  description: string;
  owner: string | null;
  createdAt: string;
  updatedAt: string;
  window: { since: string; until: string };
  entities: ExportEntity[];
  links: ExportLink[];
  notes: ExportNote[];
}

/** Entities one export may hold. */
export const MAX_EXPORT = 1000;
const CHUNK = 200;

const DOCUMENT = parse(/* GraphQL */ `
  query ExportGraph($refs: [EntityRefInput!]!, $all: [EntityRefInput!]!, $window: TimeWindow, $links: Boolean!) {
    entities(refs: $refs, window: $window) {
      type
      key
      hits
      uniqueIps
      detectionCount
      firstSeen
      lastSeen
      threatLevels {
        level
        count
      }
      classifications(first: 1) {
        label
        tags
        comment
        analyst
        confidence
        createdAt
      }
      ... on ASN {
        name
      }
      ... on Country {
        name
      }
    }
    linksAmong(refs: $all, window: $window) @include(if: $links) {
      links {
        from {
          type
          key
        }
        to {
          type
          key
        }
        linkKind
        source
        weight
        uniqueIps
      }
    }
  }
`);

type Row = Omit<ExportEntity, 'worstLevel' | 'verdict' | 'name'> & {
  name?: string;
  threatLevels: { level: ThreatLevel; count: number }[];
  classifications: Verdict[];
};

interface ExportData {
  entities: (Row | null)[];
  linksAmong?: { links: { from: ExportLink['from']; to: ExportLink['to']; linkKind: string; source: string; weight: number; uniqueIps: number }[] };
}

export async function readExportGraph(
  schema: GraphQLSchema,
  ctx: Context,
  entities: { type: EntityKind; value: string }[],
  window: { since: Date; until: Date },
  about: Omit<ExportGraph, 'entities' | 'links' | 'window'>,
): Promise<ExportGraph> {
  if (entities.length > MAX_EXPORT) throw appError('BAD_USER_INPUT', `At most ${MAX_EXPORT} entities per export; ${entities.length} were given.`);
  const refs = entities.map((e) => ({ type: e.type, value: e.value }));
  const chunks = Array.from({ length: Math.max(1, Math.ceil(refs.length / CHUNK)) }, (_, i) => refs.slice(i * CHUNK, (i + 1) * CHUNK));
  const results = await Promise.all(
    chunks.map((chunk, i) =>
      execute({
        schema,
        document: DOCUMENT,
        contextValue: ctx,
        variableValues: { refs: chunk, all: refs, window: { since: window.since, until: window.until }, links: i === 0 },
      }),
    ),
  );
  const rows: (Row | null)[] = [];
  let links: ExportLink[] = [];
  for (const r of results as { data?: ExportData; errors?: readonly { message: string; extensions?: Record<string, unknown> }[] }[]) {
    if (r.errors?.length || !r.data) throw r.errors?.[0] ?? new Error('the export document returned no data');
    rows.push(...r.data.entities);
    if (r.data.linksAmong) {
      links = r.data.linksAmong.links.map((l) => ({ from: l.from, to: l.to, kind: l.linkKind, source: l.source, weight: l.weight, uniqueIps: l.uniqueIps }));
    }
  }
  return {
    ...about,
    window: { since: window.since.toISOString(), until: window.until.toISOString() },
    entities: entities.map((e, i) => toEntity(e, rows[i] ?? null)),
    links,
  };
}

const time = (v: unknown) => (v == null ? null : new Date(v as string).toISOString());

function toEntity(e: { type: EntityKind; value: string }, r: Row | null): ExportEntity {
  const c = r?.classifications[0];
  return {
    type: e.type,
    key: r?.key ?? e.value,
    name: r?.name ?? null,
    hits: r?.hits ?? 0,
    uniqueIps: r?.uniqueIps ?? 0,
    detectionCount: r?.detectionCount ?? 0,
    worstLevel: r?.threatLevels.find((t) => t.count > 0 && t.level !== 'LEGITIMATE_BROWSER')?.level ?? null,
    firstSeen: time(r?.firstSeen),
    lastSeen: time(r?.lastSeen),
    verdict: c
      ? { label: c.label, tags: c.tags, comment: c.comment, analyst: c.analyst, confidence: c.confidence, createdAt: new Date(c.createdAt).toISOString() }
      : null,
  };
}

/**
 * Kinds a verdict applies to: what can be malicious, and so be an indicator. A host is the target of
 * the traffic; an AS, a country and a campaign are context: they are exported, never judged.
 */
export const INDICATOR_KINDS: ReadonlySet<EntityKind> = new Set(ENTITY_KINDS.filter((k) => DESCRIPTORS[k].indicator));

/**
 * Which verdicts reach an IDS (MISP `to_ids`, Suricata rules, STIX indicators): an analyst's
 * MALICIOUS only, or also the detector's CRITICAL/HIGH on an IP. Never a SUSPICIOUS verdict.
 */
export type IdsPolicy = 'ANALYST' | 'ANALYST_AND_DETECTOR';

export const IDS_POLICY_TEXT: Record<IdsPolicy, string> = {
  ANALYST: 'IDS indicators only for what an analyst classified MALICIOUS; the detector’s levels are context',
  ANALYST_AND_DETECTOR: 'IDS indicators for what an analyst classified MALICIOUS, and for IPs the detector rated CRITICAL or HIGH with no analyst verdict',
};

/**
 * How an entity was judged: the analyst's latest verdict; else, for an IP, the detector's worst level
 * in the window (the detector scores IPs: a JA4, User-Agent or subnet shared with legitimate clients
 * only inherits their worst level, which is context, not a verdict). Nothing for other kinds.
 */
export function judgement(e: ExportEntity): { level: 'malicious' | 'suspicious' | 'legitimate' | null; by: 'analyst' | 'detector' | null } {
  if (!INDICATOR_KINDS.has(e.type)) return { level: null, by: null };
  if (e.verdict?.label) return { level: e.verdict.label.toLowerCase() as 'malicious', by: 'analyst' };
  if (e.type !== 'IP') return { level: null, by: null };
  if (e.worstLevel === 'CRITICAL' || e.worstLevel === 'HIGH') return { level: 'malicious', by: 'detector' };
  if (e.worstLevel === 'MEDIUM') return { level: 'suspicious', by: 'detector' };
  return { level: null, by: null };
}

/** Whether the entity goes to an IDS under the policy. */
export function toIds(e: ExportEntity, policy: IdsPolicy): boolean {
  const j = judgement(e);
  return j.level === 'malicious' && (j.by === 'analyst' || policy === 'ANALYST_AND_DETECTOR');
}
