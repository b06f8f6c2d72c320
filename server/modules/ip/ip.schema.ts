import { builder } from '../../schema/builder.js';
import { connection, toPage, totalCountOf } from '../../schema/paging.js';
import { pageArgs, windowKey } from '../../schema/window.js';
import { byKey } from '../../schema/loaders.js';
import { defineEntityNode, defineRootLookup } from '../entity/entity.node.js';
import { entityParent } from '../entity/entity.refs.js';
import { fieldWindow } from '../entity/entity.schema.js';
import { JA4Ref } from '../ja4/ja4.refs.js';
import { HostRef } from '../host/host.refs.js';
import { IPRef } from './ip.refs.js';
import { createIpRepository, type HttpRequestRow, type RecurrenceRow } from './ip.repository.js';

const HttpRequest = builder.objectRef<HttpRequestRow & { window: ReturnType<typeof fieldWindow> }>('HttpRequest').implement({
  description: 'One HTTP request joined with its TLS handshake and TCP fingerprint.',
  fields: (t) => ({
    time: t.field({ type: 'DateTime', description: 'When it arrived.', resolve: (r) => r.time }),
    method: t.exposeString('method', { description: 'HTTP method.' }),
    path: t.exposeString('path', { description: 'URL path.' }),
    query: t.exposeString('query', { description: 'Query string (without ?).' }),
    status: t.exposeInt('status', { description: 'Response status.' }),
    httpVersion: t.exposeString('http_version', { description: 'HTTP version.' }),
    userAgent: t.exposeString('user_agent', { description: 'User-Agent header.' }),
    referer: t.exposeString('referer', { description: 'Referer header.' }),
    ttl: t.exposeInt('ttl', { description: 'IP TTL as received (initial TTL minus hops).' }),
    tcpWindow: t.exposeInt('tcp_window', { description: 'TCP window size of the SYN.' }),
    tcpMss: t.exposeInt('tcp_mss', { description: 'TCP maximum segment size of the SYN.' }),
    srcPort: t.exposeInt('src_port', { description: 'Source port.' }),
    host: t.field({ type: HostRef, description: 'The host it was sent to.', resolve: (r) => entityParent('HOST', r.host, r.window) }),
    ja4: t.field({ type: JA4Ref, nullable: true, description: 'Its TLS fingerprint.', resolve: (r) => (r.ja4 ? entityParent('JA4', r.ja4, r.window) : null) }),
  }),
});

const HttpRequestConnection = builder.connectionObject(
  {
    type: HttpRequest,
    name: 'HttpRequestConnection',
    description: 'Requests, newest first.',
    fields: (t) => ({ totalCount: t.int({ description: 'Requests in the window.', resolve: totalCountOf }) }),
  },
  { name: 'HttpRequestEdge', description: 'A request.' },
);

const Recurrence = builder.objectRef<RecurrenceRow>('Recurrence').implement({
  description: 'How persistently an IP is flagged: across days, over all retained detections.',
  fields: (t) => ({
    days: t.exposeInt('recurrence', { description: 'Distinct days with at least one detection.' }),
    activeHours: t.exposeInt('active_hours', { description: 'Distinct hours with a detection.' }),
    detections: t.exposeInt('detections', { description: 'Detections in all.' }),
    worstScore: t.exposeFloat('worst_score', { description: 'Highest anomaly score.' }),
    worstThreat: t.exposeString('worst_threat', { description: 'Most severe threat level.' }),
    firstSeen: t.field({ type: 'DateTime', description: 'First detection.', resolve: (r) => r.first_seen }),
    lastSeen: t.field({ type: 'DateTime', description: 'Last detection.', resolve: (r) => r.last_seen }),
    topJa4: t.exposeString('top_ja4', { description: 'Most frequent JA4 among its detections.' }),
    topHost: t.exposeString('top_host', { description: 'Most targeted host among its detections.' }),
  }),
});

defineEntityNode('IP', IPRef, 'A source IP address (IPv4 shown without ::ffff:, or IPv6).', (t) => ({
  address: t.field({ type: 'IPAddress', description: 'The address.', resolve: (p) => p.key }),
  version: t.int({ description: '4 or 6.', resolve: (p) => (p.key.includes(':') ? 6 : 4) }),
  httpLogs: t.field({
    type: HttpRequestConnection,
    description: 'Its requests in the window, newest first.',
    args: pageArgs,
    resolve: async (p, args, ctx) => {
      const w = fieldWindow(ctx, p, args.window);
      const page = toPage(args);
      const limit = page.offset + page.first;
      const rows = await ctx.loaders
        .get<string, HttpRequestRow[]>('ip.httpLogs', { w: windowKey(w), limit }, async (keys) =>
          byKey(keys, await createIpRepository(ctx.db).httpLogs(keys, w, limit), (r) => r.ip, (rs) => rs),
        )
        .load(p.key);
      const slice = rows.slice(page.offset, limit).map((r) => ({ ...r, window: w }));
      return connection(slice, rows[0]?.total ?? 0, page, (r) => ({ node: r })) as never;
    },
  }),
  recurrence: t.field({
    type: Recurrence,
    nullable: true,
    description: 'Persistence across days (null when flagged on fewer than two days).',
    resolve: async (p, _a, ctx) =>
      (await ctx.loaders
        .get<string, RecurrenceRow | undefined>('ip.recurrence', {}, async (keys) =>
          byKey(keys, await createIpRepository(ctx.db).recurrence(keys), (r) => r.ip, (rs) => rs[0]),
        )
        .load(p.key)) ?? null,
  }),
}));

defineRootLookup('ip', 'IP', IPRef, { name: 'address', type: 'IPAddress', description: 'IPv4, IPv6 or IPv4-mapped IPv6.' }, 'An IP by address; null when it has no activity in the window.');
