import type { Context } from '../../context.js';
import type { Window } from '../../schema/window.js';
import type { EntityKind } from '../../graph/entity.kinds.js';
import { degreesOfKeys } from '../../graph/entity.loaders.js';
import { latestVerdicts } from '../classification/classification.refs.js';
import { createHuntRepository, type KeyRow, type LinkedRow, type RangeRow } from './hunt.repository.js';
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

const noDetections = () => ({ critical: 0, high: 0, medium: 0, low: 0, knownBot: 0 });

type SourceRow = Pick<KeyRow, 'first_seen' | 'last_seen' | 'hits' | 'critical' | 'high' | 'medium' | 'low' | 'known_bot'>;

/**
 * A key's or a range's rows (one per source) as a match's totals. The times are the traffic's: a
 * detection is stamped at the end of its scoring window, after the requests it scored.
 */
function totalsOf(traffic: SourceRow | undefined, detected: SourceRow | undefined, ips: number): Totals {
  const times = traffic ?? detected;
  return {
    seen: Boolean(times),
    firstSeen: times?.first_seen ?? null,
    lastSeen: times?.last_seen ?? null,
    requests: Number(traffic?.hits ?? 0),
    uniqueIps: ips,
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

/** Kinds whose distinct addresses are their own count, not their linked entities'. */
const OWN_IP_COUNT: EntityKind[] = ['HOST', 'USER_AGENT'];

/**
 * Every indicator against the layer over the window, in one round of at most four statements
 * whatever their number: the keys' totals (all kinds, both sources); the linked entities, busiest
 * first, when `named` (else only how many, and a host's or a User-Agent's addresses, from the
 * degrees: a busy JA4's or host's addresses are counted, not read and ranked); the ranges'
 * addresses; and the analyst's verdicts.
 */
export async function hunt(ctx: Context, indicators: Indicator[], w: Window, named = true): Promise<HuntMatch[]> {
  const repo = createHuntRepository(ctx.db);
  const byKind = new Map<EntityKind, string[]>();
  for (const i of indicators) if (i.kind !== 'CIDR') byKind.set(i.kind as EntityKind, [...(byKind.get(i.kind as EntityKind) ?? []), i.value]);
  const groups = [...byKind].map(([kind, keys]) => ({ kind, keys }));
  const linkGroups = groups.flatMap((g) => (LINKED[g.kind as HuntKind] ? [{ from: g.kind, to: LINKED[g.kind as HuntKind]!, keys: g.keys }] : []));
  const ownIps = groups.filter((g) => OWN_IP_COUNT.includes(g.kind)).map((g) => ({ from: g.kind, to: 'IP' as EntityKind, keys: g.keys }));
  const counted = named ? [] : [...ownIps, ...linkGroups].map((g) => ({ kind: g.from, to: g.to, keys: g.keys }));
  const ranges = indicators.filter((i) => i.kind === 'CIDR').map((i) => i.value);
  const [keyRows, counts, linkRows, rangeRows, verdicts] = await Promise.all([
    groups.length ? repo.keys(groups, w, named ? OWN_IP_COUNT : []) : ([] as KeyRow[]),
    degreesOfKeys(ctx, counted, w),
    named && linkGroups.length ? repo.linked(linkGroups, w, LINKED_SHOWN) : ([] as LinkedRow[]),
    ranges.length ? repo.ranges(ranges, w, LINKED_SHOWN) : ([] as RangeRow[]),
    latestVerdicts(ctx, groups),
  ]);
  const degrees = new Map(counts.map((r) => [`${r.kind}\u0000${r.key}\u0000${r.to_kind}`, Number(r.degree)]));
  const rows = new Map<string, KeyRow>();
  for (const r of keyRows) rows.set(`${r.source}\u0000${r.kind}\u0000${r.key}`, r);
  const linked = new Map<string, { count: number; keys: string[] }>();
  for (const l of linkRows) linked.set(`${l.from_kind}\u0000${l.from_key}`, { count: Number(l.total), keys: l.top });
  return indicators.map((i) => {
    const id = `${i.kind}\u0000${i.value}`;
    if (i.kind === 'CIDR') {
      const mine = rangeRows.filter((r) => r.cidr === i.value);
      const traffic = mine.find((r) => r.source === 'traffic');
      const ips = Number(traffic?.ips ?? 0);
      return {
        ...i,
        ...totalsOf(
          traffic,
          mine.find((r) => r.source === 'detections'),
          ips,
        ),
        verdict: null,
        linkedKind: 'IP',
        linkedCount: ips,
        linked: traffic?.top ?? [],
      };
    }
    const linkedKind = LINKED[i.kind] ?? null;
    const l = linked.get(id) ?? { count: degrees.get(`${id}\u0000${linkedKind}`) ?? 0, keys: [] };
    const traffic = rows.get(`traffic\u0000${id}`);
    // the addresses behind a JA4, a subnet or an AS are its linked IPs; a host's or a User-Agent's, their own count (an address: itself)
    const ips = linkedKind === 'IP' ? l.count : (degrees.get(`${id}\u0000IP`) ?? Number(traffic?.unique_ips ?? 0));
    return {
      ...i,
      ...totalsOf(traffic, rows.get(`detections\u0000${id}`), ips),
      verdict: verdicts.get(id) ?? null,
      linkedKind,
      linkedCount: l.count,
      linked: l.keys,
    };
  });
}
