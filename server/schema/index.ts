import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './scalars.js';
import '../modules/system/system.schema.js';

export function buildSchema() {
  return builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: ['@key', '@shareable'] });
}

export function printableSchema() {
  return lexicographicSortSchema(buildSchema());
}
