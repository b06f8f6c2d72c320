import { createApp, type Readiness } from '../app.js';
import { createLogger } from '../logger.js';
import { buildSchema } from '../build-schema.js';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';

export function testApp(config: Config, db: Db, readiness?: Readiness) {
  return createApp({
    config,
    db,
    logger: createLogger((process.env.TEST_LOG as 'silent') ?? 'silent'),
    schema: buildSchema(),
    ...(readiness ? { readiness } : {}),
  });
}

export async function gql<T = Record<string, unknown>>(
  app: ReturnType<typeof testApp>,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; data?: T; errors?: { message: string; extensions?: Record<string, unknown> }[]; extensions?: Record<string, any> }> {
  const res = await app.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...(await res.json()) };
}

/** GET a JSON route: its status and parsed body. */
export async function getJson(app: ReturnType<typeof testApp>, url: string): Promise<{ status: number; body: any }> {
  const res = await app.request(url);
  return { status: res.status, body: await res.json() };
}

/**
 * Limits for tests that check many entities in one document (hundreds of aliases): they test
 * domain values, not the request limits, which have tests of their own.
 */
export function bulkConfig(config: Config): Config {
  return {
    ...config,
    limits: {
      ...config.limits,
      maxAliases: 100_000,
      maxDocumentChars: 10_000_000,
      maxTokens: 10_000_000,
      maxCost: 1e9,
      costBurst: 1e12,
      costPerMinute: 1e12,
      requestBurst: 1e9,
      requestsPerMinute: 1e9,
      maxResultNodes: 1e9,
    },
  };
}
