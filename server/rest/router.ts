import type { Context as HonoContext, Hono } from 'hono';
import type { HttpEnv } from '../context.js';
import { RestError } from './errors.js';
import { illFormedAt } from '../schema/text.js';
import { runOperation, type RestDeps } from './execute.js';
import { writesOf } from '../graphql/guard.js';
import { createContext } from '../context.js';
import type { Route } from './route.js';

type Env = HttpEnv;

export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** Mounts every route of the table; any other /api path is a JSON 404. */
export function mountRest(app: Hono<Env>, deps: RestDeps, routes: Route[]) {
  for (const route of routes) {
    app.on(route.method, honoPath(route.path), (c) => handle(c, deps, route));
  }
  app.all('/api/*', (c) => c.json({ error: { code: 'NOT_FOUND', message: `${c.req.method} ${c.req.path} is not a path of this API; see /docs` } }, 404));
}

async function handle(c: HonoContext<Env>, deps: RestDeps, route: Route) {
  try {
    if (!route.operation || !route.variables) {
      throw new RestError(501, 'NOT_IMPLEMENTED', `${route.method} ${route.path} is not implemented yet: it needs ${route.missing ?? 'its graph fields'}.`);
    }
    const params = c.req.param() as Record<string, string>; // already percent-decoded by Hono
    const query = c.req.query();
    let body: unknown;
    let variables: Record<string, unknown>;
    try {
      const json = /^application\/([a-z.+-]+\+)?json\s*(;|$)/i.test(c.req.header('content-type') ?? '');
      body =
        route.method !== 'POST' && route.method !== 'PUT'
          ? undefined
          : route.accepts && !json
            ? await c.req.text()
            : await c.req.json().catch(() => {
                throw new RestError(400, 'BAD_REQUEST', 'the request body must be JSON');
              });
      const illFormed = illFormedAt(body) ?? illFormedAt(query) ?? illFormedAt(params);
      if (illFormed) throw new RestError(400, 'BAD_REQUEST', `${illFormed} is not well-formed Unicode (it holds a lone UTF-16 surrogate)`);
      variables = route.variables({ params, query, body });
    } catch (err) {
      // a write whose body does not even map to its operation is still an audited attempt
      const writes = writesOf(route.operation, deps.schema);
      if (err instanceof RestError && writes.length) {
        const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
        const args = {
          id: params.cluster_id ?? params.id,
          input: { value: b.entity_value ?? b.ip ?? b.src_ip ?? b.target, type: b.entity_type ?? b.target_type },
        };
        await deps.onRejectedWrite?.(createContext(deps, c.get('request')), {
          fields: writes.map((w) => ({ name: w.name, args })),
          errors: [{ message: err.message, extensions: { code: 'BAD_REQUEST' } }],
        });
      }
      throw err;
    }
    const data = await runOperation(deps, c.get('request'), route.operation, variables);
    if (route.notFound?.(data)) throw new RestError(404, 'NOT_FOUND', `nothing found at ${c.req.path}`);
    if (route.file) {
      const f = route.file(data, { params, query });
      return c.body(f.body, 200, {
        'content-type': f.contentType,
        'content-disposition': `attachment; filename="${f.filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`,
      });
    }
    return c.json(route.shape ? route.shape(data, { params, query }) : data, route.status ?? 200);
  } catch (err) {
    if (!(err instanceof RestError)) {
      deps.logger.error({ err, requestId: c.get('requestId') }, 'REST route failed');
      return c.json({ error: { code: 'INTERNAL_SERVER_ERROR', message: `Internal error; quote request id ${c.get('requestId')} to the operators.` } }, 500);
    }
    if (err.retryAfter !== undefined) c.header('Retry-After', String(err.retryAfter));
    return c.json({ error: { code: err.code, message: err.message } }, err.status);
  }
}
