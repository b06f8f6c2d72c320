import { badInput } from '../../schema/errors.js';
import { parseKey, type EntityKind } from '../../graph/entity.kinds.js';
import { hasDimension, type Dim, type Source } from '../../graph/columns.sql.js';

export const ATTRIBUTE_TYPES = ['IP', 'JA4', 'USER_AGENT', 'CLIENT_HEADERS', 'HOST', 'PATH', 'QUERY_PARAM', 'ASN', 'COUNTRY', 'SUBNET'] as const;
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number];

const ENTITY_ATTRIBUTES: Partial<Record<AttributeType, EntityKind>> = {
  IP: 'IP',
  JA4: 'JA4',
  USER_AGENT: 'USER_AGENT',
  HOST: 'HOST',
  ASN: 'ASN',
  COUNTRY: 'COUNTRY',
  SUBNET: 'SUBNET',
};

export const entityKindOf = (t: AttributeType) => ENTITY_ATTRIBUTES[t];

/** Validates a typed attribute value and returns its canonical form. */
export function parseAttribute(type: AttributeType, raw: string): string {
  const kind = ENTITY_ATTRIBUTES[type];
  if (kind) return parseKey(kind, raw);
  const value = raw.trim();
  const max = type === 'QUERY_PARAM' ? 256 : 2048;
  if (value.length === 0 || value.length > max) throw badInput(`a ${type.toLowerCase()} value must be 1 to ${max} characters`);
  if (type === 'PATH' && !value.startsWith('/')) throw badInput('a path starts with /');
  return value;
}

export function checkSource(types: Dim[], source: Source) {
  for (const t of types) if (!hasDimension(t, source)) throw badInput(`${t.toLowerCase()} is not recorded with ${source === 'ml' ? 'detections' : 'traffic'}`);
}
