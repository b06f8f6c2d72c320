import { builder } from '../../schema/builder.js';
import { boundFirst, boundOffset } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { entityParent, ThreatLevelEnum, type ThreatLevel } from '../../graph/entity.refs.js';
import { checkFilter, DetectionFilterInput, SortDirectionEnum } from './detection.inputs.js';
import { createDetectionRepository, type IP_GROUP_SORT, type DetectionFilter, type IpGroupRow } from './detection.repository.js';
import { IPRef } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

const IpGroupSortEnum = builder.enumType('DetectionGroupSort', {
  description: 'What a list of detections grouped by IP can be sorted on.',
  values: {
    DETECTIONS: { description: 'Number of detections.' },
    WORST_SCORE: { description: 'Highest anomaly score.' },
    LAST_SEEN: { description: 'Latest detection.' },
    HITS: { description: 'Requests in its flagged windows.' },
    IP: { description: 'The address.' },
  } as const satisfies Record<keyof typeof IP_GROUP_SORT, unknown>,
});

type Group = IpGroupRow & { window: Window };

const GroupRef = builder.objectRef<Group>('DetectionIpGroup').implement({
  description: 'The detections of one IP, summarised.',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The IP.', resolve: (g) => entityParent('IP', g.ip, g.window) }),
    detections: t.exposeInt('detections', { description: 'Its detections.' }),
    worstScore: t.exposeFloat('worst_score', { description: 'Its highest anomaly score.' }),
    worstLevel: t.field({ type: ThreatLevelEnum, description: 'The level of that detection.', resolve: (g) => g.worst_level as ThreatLevel }),
    firstSeen: t.field({ type: 'DateTime', description: 'First detection.', resolve: (g) => g.first_seen }),
    lastSeen: t.field({ type: 'DateTime', description: 'Latest detection.', resolve: (g) => g.last_seen }),
    hosts: t.exposeInt('hosts', { description: 'Distinct hosts targeted.' }),
    ja4s: t.exposeInt('ja4s', { description: 'Distinct JA4s used.' }),
    hits: t.exposeFloat('total_hits', { description: 'Requests in its flagged windows.' }),
    asnNumber: t.exposeInt('asn', { description: 'Its AS number.' }),
    asnOrg: t.exposeString('org', { description: 'Its AS organisation.' }),
    countryCode: t.exposeString('country', { description: 'Its country.' }),
  }),
});

const GroupList = builder.objectRef<{ totalCount: number; items: Group[] }>('DetectionIpGroupList').implement({
  description: 'A page of IPs with their detections.',
  fields: (t) => ({
    totalCount: t.exposeInt('totalCount', { description: 'IPs matching, across all pages.' }),
    items: t.field({ type: [GroupRef], description: 'This page.', resolve: (l) => l.items }),
  }),
});

builder.queryField('detectionsByIp', (t) =>
  t.field({
    extensions: { cost: COST.DETECTIONS_SCAN },
    type: GroupList,
    description: 'Detections grouped by source IP (the “group by IP” view), filtered like `detections`.',
    args: {
      filter: t.arg({ type: DetectionFilterInput, required: false, description: 'Which detections.' }),
      sort: t.arg({ type: IpGroupSortEnum, required: false, description: 'Default: most detections first.' }),
      direction: t.arg({ type: SortDirectionEnum, required: false, description: 'Default DESC.' }),
      first: t.arg.int({ required: false, description: '1–500, default 20.' }),
      offset: t.arg.int({ required: false, description: 'Skip this many IPs first (at most 10 000).' }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }),
    },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      const rows = await createDetectionRepository(ctx.db).byIp(
        checkFilter(args.filter as DetectionFilter),
        w,
        args.sort ?? 'DETECTIONS',
        args.direction !== 'ASC',
        boundFirst(args.first, 20),
        boundOffset(args.offset),
      );
      return { totalCount: rows[0]?.total ?? 0, items: rows.map((r) => ({ ...r, window: w })) };
    },
  }),
);
