import { LegacyIpDetailDocument, LegacyTrafficDocument } from '../generated/graphql.js';
import { int, oneOf, text, type Query } from '../params.js';
import { defineRoute, type Route } from '../route.js';
import { v2Row } from './detections.js';

const SORT = {
  time: 'TIME',
  src_ip: 'IP',
  method: 'METHOD',
  host: 'HOST',
  path: 'PATH',
  http_version: 'HTTP_VERSION',
  header_user_agent: 'USER_AGENT',
  ja4: 'JA4',
  src_country_code: 'COUNTRY',
} as const;

function paging(q: Query) {
  const perPage = int(q, ['per_page', 'page_size'], { min: 1, max: 500, fallback: 50 });
  const page = int(q, ['page'], { min: 1, max: Math.floor(10_000 / perPage) + 1, fallback: 1 });
  return { perPage, page };
}

export const trafficRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/traffic',
    tag: 'Legacy v2',
    summary: 'HTTP requests of the last 24 h, filtered, sorted and paginated',
    query: [
      { name: 'page', type: 'integer', description: 'From 1.' },
      { name: 'per_page', type: 'integer', description: '1–500, default 50.' },
      { name: 'sort', description: 'Sort column.', enum: Object.keys(SORT) },
      { name: 'order', description: 'asc or desc.', enum: ['asc', 'desc'] },
      { name: 'method', description: 'HTTP method.' },
      { name: 'host', description: 'Text in the host name.' },
      { name: 'http_version', description: 'HTTP version.' },
    ],
    operation: LegacyTrafficDocument,
    variables: ({ query }) => {
      const { perPage, page } = paging(query);
      const method = text(query, ['method'], 16);
      return {
        first: perPage,
        offset: (page - 1) * perPage,
        sort: oneOf(query, ['sort', 'sort_by'], SORT) ?? 'TIME',
        descending: (oneOf(query, ['order', 'sort_order'], { asc: 'ASC', desc: 'DESC' } as const) ?? 'DESC') === 'DESC',
        filter: { ...(method ? { methods: [method.toUpperCase()] } : {}), hostContains: text(query, ['host']), httpVersion: text(query, ['http_version'], 16) },
      };
    },
    shape: (d, { query }) => {
      const { perPage, page } = paging(query);
      const total = d.requests.totalCount;
      return {
        data: d.requests.edges.map(({ node: r }) => ({
          time: r.time,
          src_ip: r.ip.address,
          method: r.method,
          host: r.host.name,
          path: r.path,
          http_version: r.httpVersion,
          header_user_agent: r.userAgent,
          ja4: r.ja4?.fingerprint ?? '',
          src_country_code: r.countryCode,
        })),
        total,
        page,
        per_page: perPage,
        pages: Math.max(1, Math.ceil(total / perPage)),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/ip/{ip}',
    tag: 'Legacy v2',
    summary: 'Everything about an IP: detections (30 d), scores (3 d), requests (24 h, 100), features, recurrence',
    operation: LegacyIpDetailDocument,
    variables: ({ params }) => ({ ip: params.ip!, scores: { preset: 'LAST_72H' as const }, day: { preset: 'LAST_24H' as const } }),
    notFound: (d) => !d.ip,
    shape: (d) => {
      const ip = d.ip!;
      return {
        ip: ip.address,
        detections: ip.detections.edges.map((e) => v2Row(e.node)),
        scores: ip.scores.edges.map((e) => v2Row(e.node)),
        http_logs: ip.httpLogs.edges.map(({ node: r }) => ({
          time: r.time,
          method: r.method,
          host: r.host.name,
          path: r.path,
          http_version: r.httpVersion,
          header_user_agent: r.userAgent,
          ja4: r.ja4?.fingerprint ?? '',
        })),
        ai_features: ip.features ? [{ sessions: ip.features.sessions, ...Object.fromEntries(ip.features.features.map((f) => [f.feature, f.value])) }] : [],
        recurrence: ip.recurrence
          ? [
              {
                src_ip: ip.address,
                recurrence: ip.recurrence.days,
                worst_score: ip.recurrence.worstScore,
                worst_threat: ip.recurrence.worstThreat,
                first_seen: ip.recurrence.firstSeen,
                last_seen: ip.recurrence.lastSeen,
                top_ja4: ip.recurrence.topJa4,
                top_host: ip.recurrence.topHost,
              },
            ]
          : [],
      };
    },
  }),
];
