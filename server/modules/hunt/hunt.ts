import type { Context } from '../../context.js';
import type { Window } from '../../schema/window.js';
import { activityLoader, linkLoader, threatLoader } from '../../graph/entity.loaders.js';
import type { EntityKind } from '../../graph/entity.kinds.js';
import { latestVerdictLoader } from '../classification/classification.refs.js';
import { createHuntRepository, type RangeRow } from './hunt.repository.js';
import type { HuntKind, Indicator } from './indicator.js';

/** Linked entities named per match: enough to say which, the count says how many. */
export const LINKED_SHOWN = 5;

export interface Detections {
  critical: number;
  high: number;
  medium: number;
  low: number;
  knownBot: number;
}

export interface HuntMatch extends Indicator {
  seen: boolean;
  firstSeen: string | null;
  lastSeen: string | null;
  requests: number;
  uniqueIps: number;
  detections: Detections;
  verdict: 'malicious' | 'suspicious' | 'legitimate' | null;
  /** The kind of the linked entities that matched: an IP's JA4s; the addresses behind a JA4, inside a subnet, a range or an AS. */
  linkedKind: EntityKind | null;
  linkedCount: number;
  linked: string[];
}

/** What each kind's match names: an IP's fingerprints; a fingerprint's or a network's addresses. */
const LINKED: Partial<Record<HuntKind, EntityKind>> = { IP: 'JA4', JA4: 'IP', SUBNET: 'IP', ASN: 'IP', CIDR: 'IP' };

type Totals = Pick<HuntMatch, 'seen' | 'firstSeen' | 'lastSeen' | 'requests' | 'uniqueIps' | 'detections'>;

const LEVELS = { CRITICAL: 'critical', HIGH: 'high', MEDIUM: 'medium', LOW: 'low', KNOWN_BOT: 'knownBot' } as const;

const noDetections = () => ({ critical: 0, high: 0, medium: 0, low: 0, knownBot: 0 });

/** A range's rows (one per source) as a match's totals. */
function rangeTotals(rows: RangeRow[]): Totals {
  const traffic = rows.find((r) => r.source === 'traffic');
  const detected = rows.find((r) => r.source === 'detections');
  // a detection is stamped at the end of its scoring window, after the requests it scored: the times are the traffic's
  const times = traffic ?? detected;
  return {
    seen: rows.length > 0,
    firstSeen: times?.first_seen ?? null,
    lastSeen: times?.last_seen ?? null,
    requests: Number(traffic?.hits ?? 0),
    uniqueIps: Number(traffic?.ips ?? 0),
    detections: detected
      ? {
          critical: Number(detected.critical),
          high: Number(detected.high),
          medium: Number(detected.medium),
          low: Number(detected.low),
          knownBot: Number(detected.known_bot),
        }
      : noDetections(),
  };
}

/**
 * Every indicator against the layer over the window, in a fixed number of statements whatever
 * their number: the keys' nodes (the core's loaders batch all kinds and both sources into one),
 * the ranges' addresses (one), the verdicts (one per kind), then the links of those seen (one).
 */
export async function hunt(ctx: Context, indicators: Indicator[], w: Window): Promise<HuntMatch[]> {
  const ranges = indicators.filter((i) => i.kind === 'CIDR').map((i) => i.value);
  const rangeRows = ranges.length ? createHuntRepository(ctx.db).ranges(ranges, w, LINKED_SHOWN) : Promise.resolve([] as RangeRow[]);
  const totals = await Promise.all(
    indicators.map(async (i): Promise<Totals & { verdict: HuntMatch['verdict'] }> => {
      if (i.kind === 'CIDR') return { ...rangeTotals((await rangeRows).filter((r) => r.cidr === i.value)), verdict: null };
      const kind = i.kind as EntityKind;
      const [traffic, detected, threats, verdict] = await Promise.all([
        activityLoader(ctx, kind, w, 'logs').load(i.value),
        activityLoader(ctx, kind, w, 'ml').load(i.value),
        threatLoader(ctx, kind, w).load(i.value),
        latestVerdictLoader(ctx, kind)
          .loadMany([i.value])
          .then(([v]) => (v instanceof Error ? null : (v ?? null))),
      ]);
      const detections = noDetections();
      for (const t of threats) if (t.threat_level in LEVELS) detections[LEVELS[t.threat_level as keyof typeof LEVELS]] += Number(t.detections);
      const times = traffic ?? detected;
      return {
        seen: Boolean(traffic || detected),
        firstSeen: times?.first_seen ?? null,
        lastSeen: times?.last_seen ?? null,
        requests: Number(traffic?.hits ?? 0),
        uniqueIps: Number(traffic?.unique_ips ?? 0),
        detections,
        verdict,
      };
    }),
  );
  const rows = await rangeRows;

  // the seen ones' linked entities: an IP's JA4s, the addresses of a subnet or an AS, the busiest of a range
  return Promise.all(
    indicators.map(async (i, n) => {
      const t = totals[n]!;
      const linkedKind = LINKED[i.kind] ?? null;
      let linked = { count: 0, keys: [] as string[] };
      if (i.kind === 'CIDR') {
        const traffic = rows.find((r) => r.cidr === i.value && r.source === 'traffic');
        if (traffic) linked = { count: Number(traffic.ips), keys: traffic.top };
      } else if (linkedKind && t.requests > 0) {
        const links = await linkLoader(ctx, i.kind as EntityKind, linkedKind, w, LINKED_SHOWN, 'logs').load(i.value);
        linked = { count: Number(links[0]?.total ?? 0), keys: links.map((l) => l.to_key) };
      }
      return { ...i, ...t, linkedKind, linkedCount: linked.count, linked: linked.keys };
    }),
  );
}
