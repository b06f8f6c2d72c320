import { builder } from '../../schema/builder.js';
import { boundFirst, boundOffset, connection } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { entityParent } from '../../graph/entity.refs.js';
import { HourActivity } from '../host/host.refs.js';
import { createTrafficRepository, REQUEST_SORT, type RequestSort, type TransportDimension } from './traffic.repository.js';
import { HttpRequestConnection } from '../ip/ip.refs.js';
import { badInput } from '../../schema/errors.js';
import { HostRef } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

const DayHour = builder.objectRef<{ dow: number; hour: number; hits: number }>('DayHourTraffic').implement({
  description: 'Requests in one hour of one day of the week.',
  fields: (t) => ({
    dayOfWeek: t.exposeInt('dow', { description: '0 = Monday … 6 = Sunday (UTC).' }),
    hour: t.exposeInt('hour', { description: '0–23 (UTC).' }),
    hits: t.exposeFloat('hits', { description: 'Requests.' }),
  }),
});

const TransportDimensionEnum = builder.enumType('TransportDimension', {
  description: 'A TLS or TCP property of requests (the detector’s “source B” features).',
  values: {
    TLS_VERSION: { description: 'Negotiated TLS version.' },
    HTTP_VERSION: { description: 'HTTP version.' },
    ALPN: { description: 'First ALPN value offered (JA4 section a; h2, h1, 00 = none).' },
    CIPHER_COUNT: { description: 'Number of cipher suites offered (JA4 section a).' },
    INITIAL_TTL: { description: 'Initial IP TTL family (64, 128, 255).' },
    TCP_WINDOW: { description: 'TCP window size of the SYN.' },
    TCP_MSS: { description: 'TCP maximum segment size.' },
    JA4T: { description: 'TCP fingerprint.' },
  } as const,
});

const TransportValue = builder.objectRef<{ value: string; hits: number; unique_ips: number; flagged_hits: number }>('TransportValue').implement({
  description: 'Requests carrying one transport property value.',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The value.' }),
    hits: t.exposeFloat('hits', { description: 'Requests.' }),
    uniqueIps: t.exposeInt('unique_ips', { description: 'Distinct IPs.' }),
    flaggedHits: t.exposeFloat('flagged_hits', { description: 'Of the requests, those from IPs flagged in the window (known crawlers excluded).' }),
  }),
});

const Traffic = builder.objectRef<{ window: Window }>('Traffic').implement({
  description: 'When traffic arrives and where it goes: the heatmaps.',
  fields: (t) => ({
    byHour: t.field({
      extensions: { cost: COST.TRAFFIC_SCAN },
      type: [HourActivity],
      description: 'Requests per hour of the day over all hosts (24 points, zero-filled).',
      resolve: async ({ window }, _a, ctx) => {
        const rows = await createTrafficRepository(ctx.db).byHour(window);
        return Array.from({ length: 24 }, (_, hour) => {
          const r = rows.find((x) => x.hour === hour);
          return { hour, hits: r?.hits ?? 0, uniqueIps: r?.unique_ips ?? 0, maxRps: r?.max_rps ?? 0 };
        });
      },
    }),
    transport: t.field({
      extensions: { cost: COST.TRAFFIC_SCAN },
      type: [TransportValue],
      description: 'Requests per value of a TLS/TCP property, with the share from flagged IPs (top 100 values).',
      args: { by: t.arg({ type: TransportDimensionEnum, required: true, description: 'Which property.' }) },
      resolve: ({ window }, args, ctx) => createTrafficRepository(ctx.db).transport(args.by as TransportDimension, window),
    }),
    byDayHour: t.field({
      extensions: { cost: COST.TRAFFIC_SCAN },
      type: [DayHour],
      description: 'Requests per day of week and hour (cells with traffic).',
      resolve: ({ window }, _a, ctx) => createTrafficRepository(ctx.db).byDayHour(window),
    }),
    topHosts: t.field({
      extensions: { cost: COST.TRAFFIC_SCAN },
      type: [HostRef],
      description: 'The busiest hosts, most requests first.',
      args: { first: t.arg.int({ required: false, description: '1–500, default 20.' }) },
      resolve: async ({ window }, args, ctx) =>
        (await createTrafficRepository(ctx.db).topHosts(window, boundFirst(args.first))).map((r) => entityParent('HOST', r.host, window)),
    }),
  }),
});

const RequestSortEnum = builder.enumType('RequestSortField', {
  description: 'What to sort requests by.',
  values: Object.fromEntries(Object.entries(REQUEST_SORT).map(([k, col]) => [k, { description: `By ${col}.` }])) as Record<
    RequestSort,
    { description: string }
  >,
});

const RequestFilterInput = builder.inputType('RequestFilter', {
  description: 'Restricts a request list; every given criterion must hold.',
  fields: (t) => ({
    methods: t.stringList({ required: false, description: 'Any of these HTTP methods.' }),
    hostContains: t.string({ required: false, description: 'Host name containing this text (case-insensitive).' }),
    httpVersion: t.string({ required: false, description: 'This HTTP version, e.g. HTTP/2.' }),
    statuses: t.intList({ required: false, description: 'Any of these response statuses (100–599).' }),
    ja4: t.string({ required: false, description: 'This JA4.' }),
  }),
});

builder.queryField('requests', (t) =>
  t.field({
    extensions: { cost: COST.TRAFFIC_SCAN },
    type: HttpRequestConnection,
    description: 'Raw HTTP requests in the window (default: last 24 hours), filtered and sorted; newest first by default.',
    args: {
      filter: t.arg({ type: RequestFilterInput, required: false, description: 'Which requests.' }),
      sort: t.arg({ type: RequestSortEnum, required: false, description: 'Default TIME.' }),
      descending: t.arg.boolean({ required: false, description: 'Default true.' }),
      first: t.arg.int({ required: false, description: 'How many (1–500, default 50).' }),
      offset: t.arg.int({ required: false, description: 'Skip this many first (at most 10 000).' }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: last 24 hours.' }),
    },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window ?? { preset: 'LAST_24H' }, ctx.now);
      const page = { first: boundFirst(args.first, 50), offset: boundOffset(args.offset) };
      const f = args.filter ?? {};
      if ((f.hostContains?.length ?? 0) > 200) throw badInput('`hostContains` is at most 200 characters');
      if ((f.statuses?.length ?? 0) > 100 || f.statuses?.some((s) => s < 100 || s > 599))
        throw badInput('`statuses` are HTTP statuses, 100–599, at most 100 of them');
      if ((f.methods?.length ?? 0) > 100) throw badInput('`methods` has at most 100 entries');
      const rows = await createTrafficRepository(ctx.db).requests(f, w, args.sort ?? 'TIME', args.descending ?? true, page.first, page.offset);
      return connection(
        rows.map((r) => ({ ...r, window: w })),
        rows[0]?.total ?? 0,
        page,
        (r) => ({ node: r }),
      );
    },
  }),
);

builder.queryField('traffic', (t) =>
  t.field({
    type: Traffic,
    description: 'Traffic patterns in a window (default: last 7 days).',
    args: { window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) },
    resolve: (_r, args, ctx) => ({ window: resolveWindow(args.window, ctx.now) }),
  }),
);
