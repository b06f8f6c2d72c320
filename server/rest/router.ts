import type { Context as HonoContext, Hono } from 'hono';
import type { GraphQLSchema } from 'graphql';
import type { AppDeps, HttpEnv } from '../context.js';
import { RestError } from './errors.js';
import { runOperation } from './execute.js';
import type { Route } from './route.js';

type Env = HttpEnv;

export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/** Mounts every route of the table; any other /api path is a JSON 404. */
export function mountRest(app: Hono<Env>, deps: AppDeps & { schema: GraphQLSchema }, routes: Route[]) {
  for (const route of routes) {
    app.on(route.method, honoPath(route.path), (c) => handle(c, deps, route));
  }
  app.all('/api/*', (c) => c.json({ error: { code: 'NOT_FOUND', message: `${c.req.method} ${c.req.path} is not a path of this API; see /docs` } }, 404));
}

async function handle(c: HonoContext<Env>, deps: AppDeps & { schema: GraphQLSchema }, route: Route) {
  try {
    if (!route.operation || !route.variables) {
      throw new RestError(501, 'NOT_IMPLEMENTED', `${route.method} ${route.path} is not implemented yet: it needs ${route.missing ?? 'its graph fields'}.`);
    }
    const params = c.req.param() as Record<string, string>; // already percent-decoded by Hono
    const query = c.req.query();
    const body = route.method === 'POST' ? await c.req.json().catch(() => {
      throw new RestError(400, 'BAD_REQUEST', 'the request body must be JSON');
    }) : undefined;
    const data = await runOperation(deps, c.get('request'), route.operation, route.variables({ params, query, body }));
    if (route.notFound?.(data)) throw new RestError(404, 'NOT_FOUND', `nothing found at ${c.req.path}`);
    return c.json(route.shape ? route.shape(data, { params, query }) : data);
  } catch (err) {
    if (!(err instanceof RestError)) {
      deps.logger.error({ err, requestId: c.get('requestId') }, 'REST route failed');
      return c.json({ error: { code: 'INTERNAL_SERVER_ERROR', message: `Internal error; quote request id ${c.get('requestId')} to the operators.` } }, 500);
    }
    if (err.status === 503) c.header('Retry-After', '5');
    return c.json({ error: { code: err.code, message: err.message } }, err.status);
  }
}
