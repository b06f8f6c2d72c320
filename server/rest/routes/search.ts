import { LegacyEntityTypesDocument, LegacyQuickSearchDocument } from '../generated/graphql.js';
import { badRequest } from '../errors.js';
import { int, text } from '../params.js';
import { defineRoute, type Route } from '../route.js';

/** How the legacy search spells a kind. */
const slug = (kind: string) => kind.toLowerCase();

export const searchRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/search/quick',
    tag: 'Search',
    summary: 'Cross-entity search (IP, JA4, host, UA, country, ASN, campaign)',
    query: [
      { name: 'q', description: 'What to look for (`query` is accepted too).' },
      { name: 'limit', type: 'integer', description: 'At most this many results (1–100, default 20).' },
    ],
    operation: LegacyQuickSearchDocument,
    variables: ({ query }) => {
      const q = text(query, ['q', 'query']);
      if (!q?.trim()) throw badRequest('q is required');
      return { query: q, first: int(query, ['limit'], { min: 1, max: 100, fallback: 20 }) };
    },
    shape: (data, { query }) => ({
      query: query.q ?? query.query,
      results: data.search.map((r) => ({ type: slug(r.type), value: r.key, label: r.label, match: r.match.toLowerCase(), hits: r.hits })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/entities/types',
    tag: 'Entities',
    summary: 'List available entity types',
    operation: LegacyEntityTypesDocument,
    variables: () => ({}),
    shape: (data) => ({
      types: (data.__type?.enumValues ?? []).map((v) => ({ type: slug(v.name), name: v.name, description: v.description ?? '' })),
    }),
  }),
];
