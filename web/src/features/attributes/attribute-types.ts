import type { AttributeType, EntityType } from '../../gql/graphql';

/** URL spelling of the legacy screens (`/detections/user_agent/…`) ↔ the graph's attribute types. */
export const URL_TYPES: Record<string, AttributeType> = {
  ip: 'IP',
  ja4: 'JA4',
  country: 'COUNTRY',
  asn: 'ASN',
  host: 'HOST',
  user_agent: 'USER_AGENT',
  subnet: 'SUBNET',
  client_header: 'CLIENT_HEADERS',
  client_headers: 'CLIENT_HEADERS',
  path: 'PATH',
  query_param: 'QUERY_PARAM',
  query_params: 'QUERY_PARAM',
};

export const ATTRIBUTE_LABELS: Record<AttributeType, string> = {
  IP: 'IP',
  JA4: 'JA4',
  COUNTRY: 'Country',
  ASN: 'ASN',
  HOST: 'Host',
  USER_AGENT: 'User-Agent',
  SUBNET: 'Subnet',
  CLIENT_HEADERS: 'Client headers',
  PATH: 'Path',
  QUERY_PARAM: 'Query parameters',
};

export const ATTRIBUTE_PLURALS: Record<AttributeType, string> = {
  IP: 'IPs',
  JA4: 'JA4 fingerprints',
  COUNTRY: 'Countries',
  ASN: 'ASNs',
  HOST: 'Hosts',
  USER_AGENT: 'User agents',
  SUBNET: 'Subnets',
  CLIENT_HEADERS: 'Client headers',
  PATH: 'Paths',
  QUERY_PARAM: 'Query parameters',
};

/** The entity an attribute value is, when it is one (paths and header layouts are not). */
export const ENTITY_OF: Partial<Record<AttributeType, EntityType>> = {
  IP: 'IP',
  JA4: 'JA4',
  COUNTRY: 'COUNTRY',
  ASN: 'ASN',
  HOST: 'HOST',
  USER_AGENT: 'USER_AGENT',
  SUBNET: 'SUBNET',
};

export const urlTypeOf = (t: AttributeType) => Object.entries(URL_TYPES).find(([, v]) => v === t)![0];

/** The attribute page of a value that is not an entity. */
export const attributePath = (t: AttributeType, value: string) => `/entities/${urlTypeOf(t)}/${encodeURIComponent(value)}`;
