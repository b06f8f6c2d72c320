import type { EntityType, ThreatLevel } from '../gql/graphql';
import { ENTITY_KIND_META } from '../gql/entity-kinds';

export interface EntityRef {
  type: EntityType;
  key: string;
}

/** Every kind, in the server's order. */
export const ENTITY_TYPES = Object.keys(ENTITY_KIND_META) as EntityType[];

/** How the app names and draws each kind: from the server's descriptors (see gql/entity-kinds.ts). */
export const ENTITY_META: Record<EntityType, { label: string; plural: string; color: string; shape: string }> = ENTITY_KIND_META;

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
