import type { Route } from './route.js';

/** An OpenAPI 3.1 document generated from the route table. */
export function openApiDocument(routes: Route[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const pathParams = [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const queryParams = (r.query ?? []).map((p) => ({
      name: p.name,
      in: 'query',
      required: false,
      description: p.description,
      schema: { type: p.type ?? 'string', ...(p.enum ? { enum: p.enum } : {}) },
    }));
    paths[r.path] ??= {};
    paths[r.path]![r.method.toLowerCase()] = {
      tags: [r.tag],
      summary: r.summary,
      operationId: `${r.method.toLowerCase()}${r.path.replace(/[{}]/g, '').replace(/[^A-Za-z0-9]+(.)?/g, (_, ch: string | undefined) => (ch ?? '').toUpperCase())}`,
      ...(r.missing ? { description: `Not implemented yet (501): needs ${r.missing}.` } : {}),
      parameters: [...pathParams, ...queryParams],
      ...(r.method === 'POST' || r.method === 'PUT'
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(
                (r.accepts ?? ['application/json']).map((t) => [t, { schema: t.includes('json') ? { type: 'object' } : { type: 'string' } }]),
              ),
            },
          }
        : {}),
      responses: {
        [r.status ?? 200]: r.file
          ? {
              description: 'A file (attachment): STIX or MISP JSON, Suricata rules or CSV, by `format`.',
              content: { 'application/stix+json;version=2.1': {}, 'application/json': {}, 'text/plain': {}, 'text/csv': {} },
            }
          : { description: r.status === 201 ? 'Created.' : 'The legacy JSON shape.', content: { 'application/json': { schema: { type: 'object' } } } },
        ...(r.method === 'GET' ? {} : { 403: { $ref: '#/components/responses/Error' } }),
        ...(r.method === 'PUT' ? { 409: { $ref: '#/components/responses/Error' } } : {}),
        400: { $ref: '#/components/responses/Error' },
        404: { $ref: '#/components/responses/Error' },
        501: { $ref: '#/components/responses/Error' },
        503: { $ref: '#/components/responses/Error' },
      },
    };
  }
  paths['/health'] = {
    get: {
      tags: ['Health'],
      summary: 'ClickHouse reachability, version and row counts (503 when unreachable)',
      operationId: 'getHealth',
      responses: { 200: { description: 'Healthy.' }, 503: { description: 'ClickHouse is unreachable.' } },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'ja4graph — legacy REST API',
      version: '1.0.0',
      description: 'The legacy SOC dashboard’s REST paths, each answered by a named GraphQL document run against /graphql’s schema.',
    },
    paths,
    components: {
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
        },
      },
      responses: {
        Error: { description: '`{error: {code, message}}`', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
      },
    },
  };
}
