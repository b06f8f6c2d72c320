import { badInput } from '../schema/errors.js';
import { parseIp } from '../schema/ip.js';

/** Where an entity kind sits in the raw tables: a column, or the network of an address column. */
export type ColumnRef = string | { subnetOf: string };

/**
 * Everything the code base says of one entity kind, in one place: every list of kinds (the GraphQL
 * enum and types, key parsing, REST spellings, SQL columns, the graph layer's kinds, the explorer's
 * expansions) is derived from this table by `describeKinds`. Adding a kind starts here.
 */
export interface EntityKindDescriptor {
  /** Its GraphQL type. */
  typeName: string;
  /** The `EntityType` value's description. */
  description: string;
  /** Its key in canonical form from what a person typed (BAD_USER_INPUT otherwise). */
  parse: (value: string) => string;
  /** How the REST API spells it (`entity_type`), where REST routes take it. */
  rest?: string;
  /** Its column in the raw logs (`logs`) and the detections (`ml`), and the key's ClickHouse type. */
  column?: { logs?: ColumnRef; ml?: ColumnRef; keyType: 'IPv6' | 'String' | 'UInt32' | 'UInt64' };
  /** The sources whose rows the graph layer counts it in (the entity lists of migration 012's tuple views). */
  layer: readonly ('logs' | 'ml')[];
  /** The kinds it links to: the expansions the graph explorer offers. */
  links: readonly string[];
  /** It can be malicious, so a verdict applies and exports make it an indicator (a host is a target; an AS, a country, a campaign are context). */
  indicator?: boolean;
  /** How the web app names and draws it (generated into `web/src/gql/entity-kinds.ts` by `npm run codegen`). */
  web: { label: string; plural: string; color: string; shape: string };
}

const JA4_PATTERN = /^[a-z0-9]{10}_[0-9a-f]{12}_[0-9a-f]{12}$/;
const HOST_PATTERN = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

const ids = (what: string) => (value: string) => {
  if (!/^\d{1,20}$/.test(value)) throw badInput(`"${short(value)}" is not a ${what} id`);
  return value;
};

export const KINDS = {
  IP: {
    typeName: 'IP',
    description: 'A source IP address.',
    parse: parseIp,
    rest: 'ip',
    column: { logs: 'src_ip', ml: 'src_ip', keyType: 'IPv6' },
    layer: ['logs', 'ml'],
    links: ['JA4', 'USER_AGENT', 'HOST', 'ASN', 'COUNTRY', 'SUBNET', 'CAMPAIGN'],
    indicator: true,
    web: { label: 'IP', plural: 'IPs', color: '#2563eb', shape: 'ellipse' },
  },
  JA4: {
    typeName: 'JA4',
    description: 'A JA4 TLS client fingerprint.',
    parse: (value) => {
      if (!JA4_PATTERN.test(value.toLowerCase()))
        throw badInput(`"${short(value)}" is not a JA4 fingerprint (a_b_c, e.g. t13d1516h2_8daaf6152771_02713d6af862)`);
      return value.toLowerCase();
    },
    rest: 'ja4',
    column: { logs: 'ja4', ml: 'ja4', keyType: 'String' },
    layer: ['logs', 'ml'],
    links: ['IP', 'ASN', 'COUNTRY', 'HOST', 'USER_AGENT', 'CAMPAIGN'],
    indicator: true,
    web: { label: 'JA4', plural: 'JA4 fingerprints', color: '#7c3aed', shape: 'round-diamond' },
  },
  ASN: {
    typeName: 'ASN',
    description: 'An autonomous system (network operator).',
    parse: (value) => {
      const m = /^(?:AS)?(\d{1,10})$/i.exec(value);
      const n = m ? Number(m[1]) : NaN;
      if (!Number.isInteger(n) || n < 0 || n > 4294967295) throw badInput(`"${short(value)}" is not an AS number (e.g. 16276 or AS16276)`);
      return String(n);
    },
    rest: 'asn',
    column: { logs: 'src_asn', ml: 'asn_number', keyType: 'UInt32' },
    layer: ['logs', 'ml'],
    links: ['IP', 'JA4', 'COUNTRY', 'HOST'],
    web: { label: 'ASN', plural: 'ASNs', color: '#0f766e', shape: 'round-rectangle' },
  },
  HOST: {
    typeName: 'Host',
    description: 'A protected web host.',
    parse: (value) => {
      if (!HOST_PATTERN.test(value.toLowerCase())) throw badInput(`"${short(value)}" is not a host name`);
      return value.toLowerCase();
    },
    rest: 'host',
    column: { logs: 'host', ml: 'host', keyType: 'String' },
    layer: ['logs', 'ml'],
    links: ['IP', 'JA4', 'ASN', 'COUNTRY'],
    web: { label: 'Host', plural: 'hosts', color: '#b45309', shape: 'hexagon' },
  },
  COUNTRY: {
    typeName: 'Country',
    description: 'A country (IP geolocation).',
    parse: (value) => {
      if (!/^[A-Za-z]{2}$/.test(value)) throw badInput(`"${short(value)}" is not a two-letter country code`);
      return value.toUpperCase();
    },
    rest: 'country',
    column: { logs: 'src_country_code', ml: 'country_code', keyType: 'String' },
    layer: ['logs', 'ml'],
    links: ['IP', 'ASN', 'JA4'],
    web: { label: 'Country', plural: 'countries', color: '#15803d', shape: 'round-triangle' },
  },
  USER_AGENT: {
    typeName: 'UserAgent',
    description: 'A User-Agent header value.',
    parse: (value) => {
      if (value.length === 0 || value.length > 2048) throw badInput('a User-Agent must be 1 to 2048 characters');
      return value;
    },
    rest: 'user_agent',
    column: { logs: 'header_user_agent', ml: 'header_user_agent', keyType: 'String' },
    layer: ['logs', 'ml'],
    links: ['IP', 'JA4', 'HOST'],
    indicator: true,
    web: { label: 'User-Agent', plural: 'user agents', color: '#be185d', shape: 'round-tag' },
  },
  SUBNET: {
    typeName: 'Subnet',
    description: 'A /24 (IPv4) or /64 (IPv6) network.',
    parse: (value) => parseSubnet(value),
    rest: 'subnet',
    column: { logs: { subnetOf: 'src_ip' }, ml: { subnetOf: 'src_ip' }, keyType: 'String' },
    layer: ['logs', 'ml'],
    links: ['IP', 'ASN'],
    indicator: true,
    web: { label: 'Subnet', plural: 'subnets', color: '#0369a1', shape: 'round-pentagon' },
  },
  CAMPAIGN: {
    typeName: 'Campaign',
    description: 'A bot campaign found by the detector.',
    parse: (value) => {
      if (!/^[A-Za-z0-9_.:-]{1,64}$/.test(value)) throw badInput(`"${short(value)}" is not a campaign id`);
      return value;
    },
    rest: 'campaign',
    column: { ml: 'campaign_id', keyType: 'String' },
    layer: ['ml'],
    links: ['IP', 'JA4', 'ASN', 'COUNTRY', 'HOST'],
    web: { label: 'Campaign', plural: 'campaigns', color: '#dc2626', shape: 'concave-hexagon' },
  },
  CLUSTER: {
    typeName: 'Cluster',
    description: 'A behavioural K-Means cluster of IPs.',
    parse: ids('cluster'),
    layer: [],
    links: ['IP'],
    web: { label: 'Cluster', plural: 'clusters', color: '#4d7c0f', shape: 'octagon' },
  },
  DETECTION: {
    typeName: 'Detection',
    description: 'A scored window the detector flagged.',
    parse: ids('detection'),
    column: { ml: 'detection_id', keyType: 'UInt64' },
    layer: [],
    links: ['IP', 'JA4', 'ASN', 'HOST', 'COUNTRY', 'CAMPAIGN'],
    web: { label: 'Detection', plural: 'detections', color: '#64748b', shape: 'barrel' },
  },
} satisfies Record<string, EntityKindDescriptor>;

export type EntityKind = keyof typeof KINDS;

/** The table with every entry as a descriptor (its optional parts may be absent). */
export const DESCRIPTORS: Readonly<Record<EntityKind, EntityKindDescriptor>> = KINDS;

/** The lists of kinds the code base reads, from a table of descriptors (a test adds a kind to a copy of `KINDS`). */
export function describeKinds<K extends string>(table: Record<K, EntityKindDescriptor>) {
  const kinds = Object.keys(table) as K[];
  return {
    kinds,
    typeName: Object.fromEntries(kinds.map((k) => [k, table[k].typeName])) as Record<K, string>,
    links: Object.fromEntries(kinds.map((k) => [k, [...table[k].links] as K[]])) as Record<K, K[]>,
    layerKinds: { logs: kinds.filter((k) => table[k].layer.includes('logs')), ml: kinds.filter((k) => table[k].layer.includes('ml')) },
    /** Kinds the layer holds in either source: whether one was seen is read from it. */
    inLayer: kinds.filter((k) => table[k].layer.length > 0),
    rest: Object.fromEntries(kinds.flatMap((k) => (table[k].rest ? [[table[k].rest!, k]] : []))) as Record<string, K>,
    /** The pairs the layer links (each once): every link between two kinds it holds, as migration 014's views list them. */
    layerPairs: kinds.flatMap((a, i) =>
      kinds
        .slice(i + 1)
        .filter((b) => table[a].layer.length && table[b].layer.length && (table[a].links.includes(b) || table[b].links.includes(a)))
        .map((b) => [a, b] as const),
    ),
  };
}

/**
 * The pairs the detections' links keep (migration 019): those with an address, and those with a kind
 * only detections carry. A detection is its own request tuple, so each pair is a row per detection;
 * the others are read from the raw detections of the key's addresses.
 */
function detectionPairs<K extends string>(pairs: readonly (readonly [K, K])[], layerKinds: { logs: K[]; ml: K[] }) {
  const onlyDetections = layerKinds.ml.filter((k) => !layerKinds.logs.includes(k));
  return pairs.filter(([a, b]) => [a, b].some((k) => k === 'IP' || onlyDetections.includes(k)));
}

/**
 * The web app's table of kinds (label, plural, colour, shape), as the source of
 * `web/src/gql/entity-kinds.ts`: the web cannot import the server, so `npm run codegen` writes it and
 * `npm run schema:check` fails when it differs from this table.
 */
export function webKindsSource<K extends string>(table: Record<K, EntityKindDescriptor>): string {
  const rows = (Object.keys(table) as K[]).map(
    (k) =>
      `  ${k}: { ${Object.entries(table[k].web)
        .map(([field, value]) => `${field}: ${JSON.stringify(value)}`)
        .join(', ')} },`,
  );
  return [
    "// Generated by `npm run codegen` from server/graph/entity.kinds.ts (each kind's `web`): do not edit.",
    "import type { EntityType } from './graphql';",
    '',
    '/** How the app names and draws each entity kind. */',
    'export const ENTITY_KIND_META = {',
    ...rows,
    '} as const satisfies Record<EntityType, { label: string; plural: string; color: string; shape: string }>;',
    '',
  ].join('\n');
}

const described = describeKinds<EntityKind>(KINDS);
export const ENTITY_KINDS: readonly EntityKind[] = described.kinds;

/** The GraphQL type name of each kind. */
export const TYPE_NAME: Record<EntityKind, string> = described.typeName;

/** Which kinds each kind links to: the expansions the graph explorer offers. */
export const LINKABLE: Record<EntityKind, EntityKind[]> = described.links;

/** The kinds the graph layer holds, per source: traffic (http_logs) and detections (the ML table). */
export const LAYER_KINDS: Record<'logs' | 'ml', readonly EntityKind[]> = described.layerKinds;

/** Kinds the layer holds in either source. */
export const KINDS_IN_LAYER: readonly EntityKind[] = described.inLayer;

/** The pairs of kinds the layer links (both directions): the ones the API reads. Others are read from the raw rows. */
export const LAYER_PAIRS: readonly (readonly [EntityKind, EntityKind])[] = described.layerPairs;

/** The pairs the layer links per source: every one in the traffic; in the detections, those with an address or a campaign. */
export const LAYER_PAIRS_OF: Record<'logs' | 'ml', readonly (readonly [EntityKind, EntityKind])[]> = {
  logs: described.layerPairs,
  ml: detectionPairs(described.layerPairs, described.layerKinds),
};

/** Entity kinds as the REST API spells them. */
export const REST_KINDS: Readonly<Record<string, EntityKind>> = described.rest;

/** Validates an entity key typed by a person and returns its canonical form (BAD_USER_INPUT otherwise). */
export function parseKey(kind: EntityKind, raw: string): string {
  return KINDS[kind].parse(raw.trim());
}

/** "a.b.c.d[/24]" → "a.b.c.0/24"; an IPv6 address or /64 → its /64 network. */
export function parseSubnet(value: string): string {
  const [addr = '', prefix] = value.split('/');
  if (prefix !== undefined && !['24', '64'].includes(prefix)) throw badInput('subnets are /24 (IPv4) or /64 (IPv6)');
  const ip = parseIp(addr);
  return ip.includes(':') ? `${ipv6Network64(ip)}/64` : `${ip.split('.').slice(0, 3).join('.')}.0/24`;
}

export const subnetOfIp = (ip: string) => parseSubnet(ip);

function ipv6Groups(ip: string): string[] {
  const [head = '', tail = ''] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = ip.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : h;
  return groups.map((g) => parseInt(g, 16).toString(16));
}

function ipv6Network64(ip: string): string {
  return compressIpv6(ipv6Groups(ip).slice(0, 4).concat(['0', '0', '0', '0']));
}

/** The first and last address of a canonical subnet key, as IPv6 text (IPv4 mapped): a range the primary key can use. */
export function subnetRange(key: string): [string, string] {
  const net = key.split('/')[0]!;
  if (!net.includes(':')) {
    const abc = net.split('.').slice(0, 3).join('.');
    return [`::ffff:${abc}.0`, `::ffff:${abc}.255`];
  }
  const head = ipv6Groups(net).slice(0, 4);
  return [net, compressIpv6([...head, 'ffff', 'ffff', 'ffff', 'ffff'])];
}

/** RFC 5952 text form, as ClickHouse prints IPv6. */
function compressIpv6(groups: string[]): string {
  let best = { at: -1, len: 0 };
  for (let i = 0; i < 8;) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > best.len && j - i >= 2) best = { at: i, len: j - i };
    i = j;
  }
  if (best.at < 0) return groups.join(':');
  return `${groups.slice(0, best.at).join(':')}::${groups.slice(best.at + best.len).join(':')}`;
}

const short = (s: string) => (s.length > 80 ? `${s.slice(0, 80)}…` : s);
