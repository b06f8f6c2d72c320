import { builder } from '../../schema/builder.js';
import { boundFirst } from '../../schema/paging.js';
import { resolveWindow, TimeWindowInput, type Window } from '../../schema/window.js';
import { entityParent } from '../../graph/entity.refs.js';
import { createTcpSpoofingRepository, type SpoofRow, type SummaryRow } from './tcp-spoofing.repository.js';
import { IPRef, JA4Ref } from '../../graph/entity.types.js';
import { COST } from '../../graphql/cost.js';

const Spoof = builder.objectRef<SpoofRow & { window: Window }>('TcpSpoofing').implement({
  description: 'An IP whose TCP stack (initial TTL family) contradicts the operating system its User-Agent claims.',
  fields: (t) => ({
    ip: t.field({ type: IPRef, description: 'The IP.', resolve: (r) => entityParent('IP', r.ip, r.window) }),
    claimedOs: t.exposeString('ua_os', { description: 'The OS the User-Agent claims.' }),
    inferredOs: t.exposeString('tcp_os', { description: 'The OS family the TCP stack fits.' }),
    ttl: t.exposeInt('ttl', { description: 'TTL as received.' }),
    mss: t.exposeInt('mss', { description: 'TCP maximum segment size.' }),
    windowSize: t.exposeInt('window_size', { description: 'TCP window size.' }),
    ja4: t.field({ type: JA4Ref, nullable: true, description: 'TLS fingerprint.', resolve: (r) => (r.ja4 ? entityParent('JA4', r.ja4, r.window) : null) }),
    ja4t: t.exposeString('ja4t', { description: 'TCP fingerprint (JA4T).' }),
    userAgent: t.exposeString('user_agent', { description: 'A User-Agent it sent.' }),
    asnOrg: t.exposeString('asn_org', { description: 'AS organisation.' }),
    countryCode: t.exposeString('country_code', { description: 'Country.' }),
    hits: t.exposeFloat('hits', { description: 'Requests with this contradiction (over the retained logs).' }),
    firstSeen: t.field({ type: 'DateTime', description: 'First such request.', resolve: (r) => r.first_seen }),
    lastSeen: t.field({ type: 'DateTime', description: 'Last such request.', resolve: (r) => r.last_seen }),
    reason: t.exposeString('reason', { description: 'The contradiction, in words.' }),
  }),
});

builder.queryField('tcpSpoofing', (t) =>
  t.field({
    extensions: { cost: COST.TRAFFIC_SCAN },
    type: [Spoof],
    description: 'TCP/OS spoofing: TCP stacks contradicting the User-Agent’s OS, most requests first (default window: last 7 days).',
    args: {
      first: t.arg.int({ required: false, description: '1–500, default 100.' }),
      window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }),
    },
    resolve: async (_r, args, ctx) => {
      const w = resolveWindow(args.window, ctx.now);
      return (await createTcpSpoofingRepository(ctx.db).list(w, boundFirst(args.first, 100))).map((r) => ({ ...r, window: w }));
    },
  }),
);

type Summary = { rows: SummaryRow[] };

const OsCount = builder.objectRef<SummaryRow>('TcpSpoofingOsCount').implement({
  description: 'Spoofing IPs and their requests for one operating system.',
  fields: (t) => ({
    os: t.exposeString('k1', { description: 'The operating system.' }),
    ips: t.exposeInt('ips', { description: 'Distinct spoofing IPs.' }),
    hits: t.exposeFloat('hits', { description: 'Their requests.' }),
  }),
});

const TtlMss = builder.objectRef<SummaryRow>('TcpSpoofingTtlMss').implement({
  description: 'Spoofing IPs seen with one TTL and MSS.',
  fields: (t) => ({
    ttl: t.int({ description: 'IP TTL as received.', resolve: (r) => Number(r.k1) }),
    mss: t.int({ description: 'TCP maximum segment size.', resolve: (r) => Number(r.k2) }),
    ips: t.exposeInt('ips', { description: 'Distinct spoofing IPs.' }),
    hits: t.exposeFloat('hits', { description: 'Their requests.' }),
  }),
});

const byIpsThenHits = (a: SummaryRow, b: SummaryRow) => b.ips - a.ips || b.hits - a.hits;
const of = (s: Summary, dim: SummaryRow['dim']) => s.rows.filter((r) => r.dim === dim).sort(byIpsThenHits);

const SummaryRef = builder.objectRef<Summary>('TcpSpoofingSummary').implement({
  description: 'TCP/OS spoofing in a window, counted by ClickHouse: in all, per claimed OS, per observed TCP stack, per TTL × MSS.',
  fields: (t) => ({
    spoofingIps: t.int({ description: 'Distinct IPs whose TCP stack contradicts their User-Agent.', resolve: (s) => of(s, 'total')[0]?.ips ?? 0 }),
    spoofedRequests: t.float({ description: 'Their requests.', resolve: (s) => of(s, 'total')[0]?.hits ?? 0 }),
    byClaimedOs: t.field({ type: [OsCount], description: 'Per OS the User-Agent claims, most IPs first.', resolve: (s) => of(s, 'claimed') }),
    byInferredOs: t.field({ type: [OsCount], description: 'Per OS the TCP stack shows, most IPs first.', resolve: (s) => of(s, 'inferred') }),
    ttlMss: t.field({ type: [TtlMss], description: 'The TTL × MSS matrix, most IPs first.', resolve: (s) => of(s, 'ttl_mss') }),
  }),
});

builder.queryField('tcpSpoofingSummary', (t) =>
  t.field({
    extensions: { cost: COST.TRAFFIC_SCAN },
    type: SummaryRef,
    description: 'TCP/OS spoofing overview and TTL × MSS matrix (default window: last 7 days).',
    args: { window: t.arg({ type: TimeWindowInput, required: false, description: 'Default: last 7 days.' }) },
    resolve: async (_r, args, ctx) => ({ rows: await createTcpSpoofingRepository(ctx.db).summary(resolveWindow(args.window, ctx.now)) }),
  }),
);
