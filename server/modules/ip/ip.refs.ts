import { builder } from '../../schema/builder.js';
import { entityParent } from '../../graph/entity.refs.js';
import { totalCountOf } from '../../schema/paging.js';
import type { Window } from '../../schema/window.js';
import type { Context } from '../../context.js';
import { keyedLoader } from '../../schema/loaders.js';
import { createIpRepository, type HttpRequestRow } from './ip.repository.js';
import { HostRef, IPRef, JA4Ref } from '../../graph/entity.types.js';

export const HttpRequest = builder.objectRef<HttpRequestRow & { window: Window }>('HttpRequest').implement({
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
    ip: t.field({ type: IPRef, description: 'The source IP.', resolve: (r) => entityParent('IP', r.ip, r.window) }),
    countryCode: t.exposeString('country_code', { description: 'Source country.' }),
    host: t.field({ type: HostRef, description: 'The host it was sent to.', resolve: (r) => entityParent('HOST', r.host, r.window) }),
    ja4: t.field({ type: JA4Ref, nullable: true, description: 'Its TLS fingerprint.', resolve: (r) => (r.ja4 ? entityParent('JA4', r.ja4, r.window) : null) }),
  }),
});

export const HttpRequestConnection = builder.connectionObject(
  {
    type: HttpRequest,
    name: 'HttpRequestConnection',
    description: 'Requests, newest first.',
    fields: (t) => ({ totalCount: t.int({ description: 'Requests in the window.', resolve: totalCountOf }) }),
  },
  { name: 'HttpRequestEdge', description: 'A request.' },
);

/** Each IP's persistence across days, from the recurrence view (undefined when it has no row): the IP page, the evasion ranking and the risk score read it. */
export const recurrenceLoader = (ctx: Context) =>
  keyedLoader(
    ctx.loaders,
    'ip.recurrence',
    {},
    (ips) => createIpRepository(ctx.db).recurrence(ips),
    (r) => r.ip,
    (rs) => rs[0],
  );
