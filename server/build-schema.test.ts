import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, printSchema } from 'graphql';
import { buildSchema, printableSchema } from './build-schema.js';

// Types the federation spec and Relay define; their wording is theirs.
const FOREIGN = new Set(['_Service', '_Any', '_Entity', 'link__Import', 'link__Purpose', 'FieldSet']);

describe('the schema', () => {
  it('documents every type, field, argument and enum value an analyst sees in GraphiQL', () => {
    const missing: string[] = [];
    for (const type of Object.values(buildSchema().getTypeMap())) {
      if (type.name.startsWith('__') || FOREIGN.has(type.name) || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (field.name.startsWith('_')) continue;
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });

  it('is printed in schema.graphql (run `npm run codegen` when this fails)', () => {
    const onDisk = readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8');
    expect(onDisk).toBe(`${printSchema(printableSchema())}\n`);
  });

  it('has the entity types and root fields the product card names', () => {
    const schema = buildSchema();
    for (const t of ['Detection', 'IP', 'JA4', 'ASN', 'Host', 'Campaign', 'Country', 'UserAgent', 'Subnet']) {
      const type = schema.getType(t);
      expect(isObjectType(type), t).toBe(true);
      if (isObjectType(type))
        expect(
          type
            .getInterfaces()
            .map((i) => i.name)
            .sort(),
        ).toEqual(['Entity', 'Node']);
    }
    const query = schema.getQueryType()!.getFields();
    for (const f of ['node', 'nodes', 'ip', 'ja4', 'asn', 'host', 'campaign', 'detection', 'detections', 'entity', 'search']) expect(query[f], f).toBeDefined();
    expect(getNamedType(query.detections!.type).name).toBe('DetectionConnection');
  });
});
