import {
  LegacyAttributeListDocument,
  LegacyAttributePanelsDocument,
  LegacyAttributeUserAgentsDocument,
  LegacyAttributeValuesDocument,
  LegacyVariabilityDocument,
  type AttributeType,
  type LegacyAttributeUserAgentsQuery,
  type LegacyValuesFragment,
} from '../generated/graphql.js';
import { badRequest } from '../errors.js';
import { int, lookup, oneOf, type Query } from '../params.js';
import { defineRoute, type Route } from '../route.js';
import { percent } from '../shape.js';

const SLUGS = {
  ip: 'IP',
  ja4: 'JA4',
  user_agent: 'USER_AGENT',
  client_header: 'CLIENT_HEADERS',
  client_headers: 'CLIENT_HEADERS',
  host: 'HOST',
  path: 'PATH',
  query_param: 'QUERY_PARAM',
  subnet: 'SUBNET',
  asn: 'ASN',
  country: 'COUNTRY',
} as const satisfies Record<string, AttributeType>;
const VARIABILITY_SLUGS = { ip: 'IP', ja4: 'JA4', country: 'COUNTRY', asn: 'ASN', host: 'HOST', user_agent: 'USER_AGENT' } as const satisfies Record<
  string,
  AttributeType
>;
const TARGETS = { user_agents: 'USER_AGENT', ja4: 'JA4', countries: 'COUNTRY', asns: 'ASN', hosts: 'HOST', ips: 'IP' } as const satisfies Record<
  string,
  AttributeType
>;

function typeOf(slug: string, slugs: Record<string, AttributeType>): AttributeType {
  const t = lookup(slugs, slug.toLowerCase());
  if (!t) throw badRequest(`entity type must be one of: ${Object.keys(slugs).join(', ')}`);
  return t;
}

/** Paths and subnets contain `/`: clients send `api%2Flogin` or `api/login`-less forms such as `51.75.1.0_24`. */
function valueOf(type: AttributeType, raw: string): string {
  if (type === 'PATH' && !raw.startsWith('/')) return `/${raw}`;
  if (type === 'SUBNET') return raw.replace('_', '/');
  return raw;
}

const target = (params: Record<string, string>, slugs: Record<string, AttributeType>) => {
  const type = typeOf(params.entity_type ?? params.attr_type ?? 'subnet', slugs);
  return { type, value: valueOf(type, params.entity_value ?? params.value ?? params.subnet ?? '') };
};

const withShare = (list: LegacyValuesFragment, total: number) =>
  list.items.map((i) => ({
    value: i.value,
    count: i.count,
    hits: i.hits,
    unique_ips: i.uniqueIps,
    percentage: percent(i.count, total),
  }));

const panelRoute = (suffix: string, of: AttributeType, first: number, summary: string) =>
  defineRoute({
    method: 'GET',
    path: `/api/entities/{entity_type}/{entity_value}/${suffix}`,
    tag: 'Entities',
    summary,
    operation: LegacyAttributeValuesDocument,
    variables: ({ params }) => ({ ...target(params, SLUGS), of, first }),
    notFound: (d) => !d.attribute,
    shape: (d) => ({ total: d.attribute!.values.totalCount, items: withShare(d.attribute!.values, d.attribute!.count) }),
  });

const entityPage = (path: string, summary: string) =>
  defineRoute({
    method: 'GET',
    path,
    tag: 'Entities',
    summary,
    operation: LegacyAttributePanelsDocument,
    variables: ({ params }) => target(params, SLUGS),
    notFound: (d) => !d.attribute,
    shape: (d, { params }) => {
      const a = d.attribute!;
      const t = target(params, SLUGS);
      return {
        type: t.type.toLowerCase(),
        value: a.value,
        stats: { total_requests: a.count, unique_ips: a.uniqueIps, first_seen: a.firstSeen, last_seen: a.lastSeen },
        related: {
          ips: withShare(a.ips, a.count),
          ja4s: withShare(a.ja4s, a.count),
          hosts: withShare(a.hosts, a.count),
          asns: withShare(a.asns, a.count),
          countries: withShare(a.countries, a.count),
        },
        user_agents: withShare(a.userAgents, a.count),
        client_headers: withShare(a.clientHeaders, a.count),
        paths: withShare(a.paths, a.count),
        query_params: withShare(a.queryParams, a.count),
      };
    },
  });

const targetAttr = (q: Query) => oneOf(q, ['target_attr'], TARGETS) ?? 'USER_AGENT';

/** An attribute's User-Agents with their share and class, as both legacy paths print them. */
const classifiedUserAgents = (d: LegacyAttributeUserAgentsQuery) => ({
  items: d.attribute!.userAgents.map((u) => ({
    value: u.value,
    count: u.count,
    percentage: percent(u.count, d.attribute!.count),
    classification: u.category.toLowerCase(),
  })),
});

export const attributeRoutes: Route[] = [
  entityPage('/api/entities/{entity_type}/{entity_value}', 'Investigate any entity or attribute (last 7 days): stats and the eight panels'),
  entityPage('/api/entities/subnet/{subnet}', 'Investigate a subnet (a.b.c.0_24, or any address in it)'),
  defineRoute({
    method: 'GET',
    path: '/api/entities/{entity_type}/{entity_value}/related',
    tag: 'Entities',
    summary: 'Related IPs, JA4s, hosts, ASes and countries',
    operation: LegacyAttributePanelsDocument,
    variables: ({ params }) => target(params, SLUGS),
    notFound: (d) => !d.attribute,
    shape: (d) => {
      const a = d.attribute!;
      return {
        related: {
          ips: withShare(a.ips, a.count),
          ja4s: withShare(a.ja4s, a.count),
          hosts: withShare(a.hosts, a.count),
          asns: withShare(a.asns, a.count),
          countries: withShare(a.countries, a.count),
        },
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/entities/{entity_type}/{entity_value}/user_agents',
    tag: 'Entities',
    summary: 'User-Agents of an entity, classified',
    operation: LegacyAttributeUserAgentsDocument,
    variables: ({ params }) => ({ ...target(params, SLUGS), first: 10 }),
    notFound: (d) => !d.attribute,
    shape: classifiedUserAgents,
  }),
  panelRoute('client_headers', 'CLIENT_HEADERS', 10, 'Client header layouts of an entity'),
  panelRoute('paths', 'PATH', 15, 'URL paths of an entity'),
  panelRoute('query_params', 'QUERY_PARAM', 15, 'Query-parameter names of an entity'),
  defineRoute({
    method: 'GET',
    path: '/api/attributes/{attr_type}',
    tag: 'Attributes',
    summary: 'The most frequent values of an attribute (last 7 days, top 100)',
    query: [{ name: 'limit', type: 'integer', description: '1–500, default 100.' }],
    operation: LegacyAttributeListDocument,
    variables: ({ params, query }) => ({ type: typeOf(params.attr_type!, SLUGS), first: int(query, ['limit'], { min: 1, max: 500, fallback: 100 }) }),
    shape: (d, { params }) => {
      const total = d.attributeValues.items.reduce((s, i) => s + i.count, 0);
      return { type: params.attr_type, total_values: d.attributeValues.totalCount, items: withShare(d.attributeValues, total) };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/variability/{attr_type}/{value}',
    tag: 'Variability',
    summary: 'How varied the detections of one value are (last 7 days), with insights',
    operation: LegacyVariabilityDocument,
    variables: ({ params }) => target(params, VARIABILITY_SLUGS),
    notFound: (d) => !d.attribute,
    shape: (d, { params }) => {
      const a = d.attribute!;
      return {
        type: params.attr_type,
        value: a.value,
        total_detections: a.count,
        unique_ips: a.uniqueIps,
        date_range: { first_seen: a.firstSeen, last_seen: a.lastSeen },
        attributes: {
          user_agents: withShare(a.userAgents, a.count),
          ja4: withShare(a.ja4s, a.count),
          countries: withShare(a.countries, a.count),
          asns: withShare(a.asns, a.count),
          hosts: withShare(a.hosts, a.count),
        },
        insights: a.insights.map((i) => ({ type: i.severity.toLowerCase(), kind: i.kind, message: i.message })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/variability/{attr_type}/{value}/ips',
    tag: 'Variability',
    summary: 'IPs behind the detections of one value',
    query: [{ name: 'limit', type: 'integer', description: '1–500, default 100.' }],
    operation: LegacyAttributeValuesDocument,
    variables: ({ params, query }) => ({
      ...target(params, VARIABILITY_SLUGS),
      of: 'IP' as const,
      first: int(query, ['limit'], { min: 1, max: 500, fallback: 100 }),
      source: 'DETECTIONS' as const,
    }),
    notFound: (d) => !d.attribute,
    shape: (d) => ({
      total: d.attribute!.values.totalCount,
      items: withShare(d.attribute!.values, d.attribute!.count).map(({ value, ...rest }) => ({ ip: value, ...rest })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/variability/{attr_type}/{value}/attributes',
    tag: 'Variability',
    summary: 'Breakdown of one value’s detections by another attribute',
    query: [{ name: 'target_attr', description: 'user_agents, ja4, countries, asns, hosts or ips.', enum: Object.keys(TARGETS) }],
    operation: LegacyAttributeValuesDocument,
    variables: ({ params, query }) => ({ ...target(params, VARIABILITY_SLUGS), of: targetAttr(query), first: 100, source: 'DETECTIONS' as const }),
    notFound: (d) => !d.attribute,
    shape: (d, { query }) => ({ target_attr: query.target_attr ?? 'user_agents', items: withShare(d.attribute!.values, d.attribute!.count) }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/variability/{attr_type}/{value}/user_agents',
    tag: 'Variability',
    summary: 'User-Agents of one value’s detections, classified',
    operation: LegacyAttributeUserAgentsDocument,
    variables: ({ params }) => ({ ...target(params, VARIABILITY_SLUGS), first: 100, source: 'DETECTIONS' as const }),
    notFound: (d) => !d.attribute,
    shape: classifiedUserAgents,
  }),
];
