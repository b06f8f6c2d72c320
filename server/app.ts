import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { serveStatic } from '@hono/node-server/serve-static';
import { createYoga } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import { createContext, type AppDeps, type Context, type HttpEnv, type RequestInfo } from './context.js';
import { resolveViewer } from './auth.js';
import { checkHealth } from './health.js';
import { useClickhouseStats, useErrorMasking } from './graphql/plugins.js';
import { exampleTabs } from './graphql/examples.js';
import { mountRest } from './rest/router.js';
import { mountDocs } from './rest/docs.js';
import { routes } from './rest/routes/index.js';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

type Env = HttpEnv;

export function createApp(deps: AppDeps & { schema: GraphQLSchema }) {
  const { config, logger, schema } = deps;
  const app = new Hono<Env>();

  app.use('*', async (c, next) => {
    const requestId = c.req.header('x-request-id')?.replace(/[^A-Za-z0-9._:-]/g, '').slice(0, 64) || randomUUID();
    c.set('requestId', requestId);
    const forwarded = config.auth.mode === 'proxy' ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    c.set('request', {
      requestId,
      viewer: resolveViewer(config.auth, (name) => c.req.header(name)),
      clientIp: forwarded || c.env?.incoming?.socket?.remoteAddress || '',
    });
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    logger.info(
      { requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - started) },
      'request',
    );
  });
  app.use('*', cors({ origin: config.api.corsOrigins, exposeHeaders: ['x-request-id'] }));

  app.get('/health', async (c) => {
    const health = await checkHealth(deps.db);
    return c.json(health, health.status === 'ok' ? 200 : 503);
  });

  const yoga = createYoga<{ caller: RequestInfo }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    maskedErrors: false,
    landingPage: false,
    graphiql: { title: 'ja4graph — GraphiQL', defaultTabs: exampleTabs(config.dataDir) },
    // not `request`: yoga's own context already holds the Fetch Request under that name
    context: ({ caller }) => createContext(deps, caller),
    plugins: [useErrorMasking(), useClickhouseStats(config.debugQueries)],
    logging: false,
  });
  app.on(['GET', 'POST', 'OPTIONS'], '/graphql', (c) => yoga.fetch(c.req.raw, { caller: c.get('request') }));

  mountDocs(app, routes);
  mountRest(app, deps, routes);

  mountWeb(app);
  return app;
}

function mountWeb(app: Hono<Env>) {
  const indexFile = path.join(WEB_DIST, 'index.html');
  const root = path.relative(process.cwd(), WEB_DIST) || '.';
  app.use('/assets/*', serveStatic({ root }));
  app.get('*', serveStatic({ root }));
  app.get('*', (c) => {
    if (!existsSync(indexFile)) {
      return c.text('The web app is not built. Run `npm run build:web` (npm start does it for you).', 503);
    }
    return c.html(readFileSync(indexFile, 'utf8'));
  });
}
