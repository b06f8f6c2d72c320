import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isEnumType } from 'graphql';
import {
  describeKinds,
  webKindsSource,
  DESCRIPTORS,
  ENTITY_KINDS,
  KINDS,
  LAYER_KINDS,
  LINKABLE,
  parseKey,
  TYPE_NAME,
  type EntityKindDescriptor,
} from './entity.kinds.js';
import { entityDimensions, keyIn } from './columns.sql.js';
import { listMigrations } from '../db/migrate.js';
import { buildSchema } from '../build-schema.js';
import { ENTITY_TYPES } from '../rest/params.js';

/** The example of the recipe in docs/architecture.md: a TLS certificate issuer, linked to IPs and JA4s. */
const ISSUER: EntityKindDescriptor = {
  typeName: 'CertificateIssuer',
  description: 'The issuer of the TLS certificate a client presented.',
  parse: (v) => v.toLowerCase(),
  rest: 'cert_issuer',
  column: { logs: 'tls_issuer', keyType: 'String' },
  layer: ['logs'],
  links: ['IP', 'JA4'],
  web: { label: 'Certificate issuer', plural: 'certificate issuers', color: '#9333ea', shape: 'star' },
};

describe('entity kinds, described once', () => {
  it('puts a new kind in every list derived from the table', () => {
    const table = { ...KINDS, CERT_ISSUER: ISSUER };
    const lists = describeKinds(table);
    expect(lists.kinds).toEqual([...ENTITY_KINDS, 'CERT_ISSUER']);
    expect(lists.typeName.CERT_ISSUER).toBe('CertificateIssuer');
    expect(lists.links.CERT_ISSUER).toEqual(['IP', 'JA4']);
    expect(lists.layerKinds.logs).toContain('CERT_ISSUER');
    expect(lists.layerKinds.ml).not.toContain('CERT_ISSUER');
    expect(lists.inLayer).toContain('CERT_ISSUER');
    expect(lists.rest.cert_issuer).toBe('CERT_ISSUER');
    expect(lists.layerPairs).toContainEqual(['IP', 'CERT_ISSUER']);
    expect(lists.layerPairs).toContainEqual(['JA4', 'CERT_ISSUER']);
    expect(webKindsSource(table)).toContain('CERT_ISSUER: { label: "Certificate issuer", plural: "certificate issuers", color: "#9333ea", shape: "star" },');
    expect(lists.layerPairs.filter((p) => p.includes('CERT_ISSUER'))).toHaveLength(2);
    const dims = entityDimensions(table);
    expect(dims.CERT_ISSUER?.logs?.toQuery().query).toBe('tls_issuer');
    expect(dims.CERT_ISSUER?.ml).toBeUndefined();
    // and the table the code base runs on is unchanged by it
    expect(ENTITY_KINDS).not.toContain('CERT_ISSUER');
  });

  it('derives the lists the code base reads from the one table', () => {
    // the web's table of kinds is the descriptors' `web`, as `npm run codegen` wrote it
    expect(readFileSync(new URL('../../web/src/gql/entity-kinds.ts', import.meta.url), 'utf8')).toBe(webKindsSource(KINDS));
    for (const k of ENTITY_KINDS) for (const to of LINKABLE[k]) expect(ENTITY_KINDS, `${k} links to ${to}`).toContain(to);
    // the legacy REST API spells a kind in lower case (`entity_type`), and takes every kind the layer holds
    for (const [spelling, kind] of Object.entries(ENTITY_TYPES)) expect(spelling).toBe(kind.toLowerCase());
    for (const k of ENTITY_KINDS) if (DESCRIPTORS[k].layer.length) expect(ENTITY_TYPES[k.toLowerCase()], k).toBe(k);
    // the GraphQL enum and every entity type come from the same table
    const schema = buildSchema();
    const enumType = schema.getType('EntityType');
    expect(
      isEnumType(enumType) &&
        enumType
          .getValues()
          .map((v) => v.name)
          .sort(),
    ).toEqual([...ENTITY_KINDS].sort());
    for (const k of ENTITY_KINDS) expect(schema.getType(TYPE_NAME[k]), k).toBeTruthy();
    // keys are parsed by the kind's own rule; SQL matches them in the column its descriptor names
    expect(parseKey('ASN', ' as16276 ')).toBe('16276');
    expect(() => parseKey('JA4', 'nope')).toThrow(/not a JA4 fingerprint/);
    expect(keyIn('COUNTRY', 'ml', ['FR']).toQuery().query).toBe('country_code IN {p0:Array(String)}');
  });

  it('matches the entities the layer’s views count, source by source (migration 012)', () => {
    const text = listMigrations().find((m) => m.version === 12)!.template;
    const listed = (source: string) => {
      const view = text.split(`SELECT '${source}' AS source`)[1]!.split(') AS entities')[0]!;
      return [...view.matchAll(/\('([A-Z_0-9]+)', /g)].map((m) => m[1]).filter((k) => k !== 'ALL');
    };
    expect(listed('traffic').sort()).toEqual([...LAYER_KINDS.logs].sort());
    expect(listed('detections').sort()).toEqual([...LAYER_KINDS.ml].sort());
  });
});
