import type { EntityType, ThreatLevel } from '../gql/graphql';

export interface EntityRef {
  type: EntityType;
  key: string;
}

export const ENTITY_TYPES: EntityType[] = ['IP', 'JA4', 'ASN', 'HOST', 'COUNTRY', 'USER_AGENT', 'SUBNET', 'CAMPAIGN', 'CLUSTER', 'DETECTION'];

export const ENTITY_META: Record<EntityType, { label: string; plural: string; color: string; shape: string }> = {
  IP: { label: 'IP', plural: 'IPs', color: '#2563eb', shape: 'ellipse' },
  JA4: { label: 'JA4', plural: 'JA4 fingerprints', color: '#7c3aed', shape: 'round-diamond' },
  ASN: { label: 'ASN', plural: 'ASNs', color: '#0f766e', shape: 'round-rectangle' },
  HOST: { label: 'Host', plural: 'hosts', color: '#b45309', shape: 'hexagon' },
  COUNTRY: { label: 'Country', plural: 'countries', color: '#15803d', shape: 'round-triangle' },
  USER_AGENT: { label: 'User-Agent', plural: 'user agents', color: '#be185d', shape: 'round-tag' },
  SUBNET: { label: 'Subnet', plural: 'subnets', color: '#0369a1', shape: 'round-pentagon' },
  CAMPAIGN: { label: 'Campaign', plural: 'campaigns', color: '#dc2626', shape: 'concave-hexagon' },
  CLUSTER: { label: 'Cluster', plural: 'clusters', color: '#4d7c0f', shape: 'octagon' },
  DETECTION: { label: 'Detection', plural: 'detections', color: '#64748b', shape: 'barrel' },
};

export const THREAT_COLORS: Record<ThreatLevel, string> = {
  CRITICAL: '#b91c1c',
  HIGH: '#ea580c',
  MEDIUM: '#ca8a04',
  LOW: '#2563eb',
  KNOWN_BOT: '#0f766e',
  LEGITIMATE_BROWSER: '#16a34a',
};

export const THREAT_ORDER: ThreatLevel[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'KNOWN_BOT', 'LEGITIMATE_BROWSER'];

const enc = encodeURIComponent;

/** The page that investigates an entity. */
export function entityPath({ type, key }: EntityRef): string {
  switch (type) {
    case 'IP':
      return `/ip/${enc(key)}`;
    case 'JA4':
      return `/ja4/${enc(key)}`;
    case 'ASN':
      return `/detections/asn/${enc(key)}`;
    case 'COUNTRY':
      return `/detections/country/${enc(key)}`;
    case 'CAMPAIGN':
      return `/campaigns/${enc(key)}`;
    case 'CLUSTER':
      return `/clusters/${enc(key)}`;
    case 'DETECTION':
      return `/detection/${enc(key)}`;
    case 'USER_AGENT':
      return `/entities/user_agent/${enc(key)}`;
    default:
      return `/entities/${type.toLowerCase()}/${enc(key)}`;
  }
}

/** Opens the graph explorer seeded with an entity. */
export const graphPath = (e: EntityRef) => `/graph?seed=${enc(`${e.type}:${e.key}`)}`;

export function entityLabel({ type, key }: EntityRef): string {
  if (type === 'ASN') return `AS${key}`;
  // a JA4 is read whole: rotation changes only its middle section
  if (type === 'USER_AGENT' && key.length > 40) return `${key.slice(0, 39)}…`;
  return key;
}
