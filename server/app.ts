import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { Hono, type Context as HonoContext, type Next } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import { createYoga, type Plugin } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { defaultFieldResolver, getOperationAST, GraphQLError, type FieldNode, type GraphQLField, type GraphQLSchema, type ValidationContext } from 'graphql';
import { createContext, operationContext, type AppDeps, type Context, type HttpEnv, type RequestInfo } from './context.js';
import { authenticate, needsIdentity, type Viewer } from './auth.js';
import { createOidcVerifier } from './oidc.js';
import { createOidcSession } from './oidc-session.js';
import { checkHealth } from './modules/system/system.health.js';
import { layerState } from './graph/layer/state.js';
import { emptyStats } from './db/client.js';
import { useClickhouseStats, useErrorMasking } from './graphql/plugins.js';
import { callerOf, useLimits, useResultLimit, writesOf } from './graphql/guard.js';
import { createBudget } from './graphql/budget.js';
import { exampleTabs } from './graphql/examples.js';
import { mountRest } from './rest/router.js';
import { auditFieldError, auditRejectedWrite } from './modules/audit/audit.refs.js';
import { mountDocs } from './rest/docs.js';
import { routes } from './rest/routes/index.js';
import { createMetrics } from './metrics.js';
import { knownOperations } from './graphql/known-operations.js';
import { hostAllowed, secure } from './http-hardening.js';
import { mountTaxii } from './modules/taxii/taxii.http.js';
import { investigationStix } from './modules/export/export.feed.js';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/dist');

type Env = HttpEnv;

/** Whether the app can serve: false while ClickHouse is unreachable at boot or the migrations have not run. */
export interface Readiness {
  ready: boolean;
  reason?: string;
}

export function createApp(deps: AppDeps & { schema: GraphQLSchema; readiness?: Readiness }) {
  const { config, logger, schema } = deps;
  const readiness = deps.readiness ?? { ready: true };
  /** Paths whose body is an upload, and the content types each accepts. */
  const uploads = new Map(routes.filter((r) => r.accepts).map((r) => [r.path, r.accepts!]));
  const metrics = createMetrics(knownOperations(routes.map((r) => r.operation)), () => layerState(deps.db));
  const budget = createBudget({ perMinute: config.limits.costPerMinute, burst: config.limits.costBurst });
  // every operation counts here, whatever its cost: a flood of free operations is still a flood
  const requests = createBudget({ perMinute: config.limits.requestsPerMinute, burst: config.limits.requestBurst });
  const { exposure } = config;
  const app = new Hono<Env>();
  const oidc = config.auth.mode === 'oidc' && config.auth.oidc ? createOidcVerifier(config.auth.oidc) : undefined;
  const oidcClient = config.auth.oidc?.client;
  const session =
    oidc && config.auth.oidc && oidcClient && config.auth.sessionSecret
      ? createOidcSession(
          { ...config.auth.oidc, client: oidcClient },
          { secret: config.auth.sessionSecret, maxAgeS: config.auth.sessionMaxAgeS, publicUrl: config.alerting.publicUrl, verifier: oidc, logger },
        )
      : undefined;

  app.use('*', async (c, next) => {
    const requestId =
      c.req
        .header('x-request-id')
        ?.replace(/[^A-Za-z0-9._:-]/g, '')
        .slice(0, 64) || randomUUID();
    c.set('requestId', requestId);
    const forwarded = config.auth.mode === 'proxy' ? c.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    // TAXII clients (OpenCTI, MISP) send their token as a Basic password; nowhere else, where a browser could replay one
    let { viewer, failure } = await authenticate(config.auth, oidc?.verify, (name) => c.req.header(name), { basic: c.req.path.startsWith('/taxii2') });
    let byCookie = false;
    const asksApi = c.req.path === '/graphql' || c.req.path.startsWith('/api/') || c.req.path.startsWith('/taxii2') || c.req.path === '/health';
    if (session && asksApi && viewer.via === 'anonymous' && !failure && !c.req.header('authorization')) {
      const signedIn = await session.resolve(c);
      if (signedIn) ({ viewer, failure, byCookie } = { ...signedIn, byCookie: true });
    }
    c.set('request', {
      requestId,
      viewer,
      authFailure: failure,
      byCookie,
      clientIp: forwarded || c.env?.incoming?.socket?.remoteAddress || '',
      signal: c.req.raw.signal,
      outcomes: { operations: 0, limited: 0 },
    });
    const started = performance.now();
    await next();
    c.header('x-request-id', requestId);
    await secure(c);
    const seconds = (performance.now() - started) / 1000;
    metrics.request(c.req.method, routeOf(c), c.res.status, seconds);
    logger.info({ requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(seconds * 1000) }, 'request');
  });
  // a page on another site that rebinds its name to this address must not reach it (the local analyst is admin)
  app.use('*', async (c, next) => {
    if (!hostAllowed(exposure.allowedHosts, c.req.header('host') ?? new URL(c.req.url).host)) {
      return c.json({ error: { code: 'MISDIRECTED_REQUEST', message: 'This server does not answer to that host name; see ALLOWED_HOSTS.' } }, 421);
    }
    return next();
  });
  app.use('*', cors({ origin: config.api.corsOrigins, exposeHeaders: ['x-request-id', 'retry-after'] }));

  /** The operator's token, or an identified caller: what may see the process's details in production. */
  const trusted = (c: HonoContext<Env>) =>
    !config.production ||
    (exposure.metricsToken !== undefined && c.req.header('authorization') === `Bearer ${exposure.metricsToken}`) ||
    !['anonymous', 'local'].includes(c.get('request').viewer.via);

  app.get('/health', async (c) => {
    const bounded = deps.db.scoped(c.get('requestId'), emptyStats(), { deadline: Date.now() + config.limits.healthTimeoutMs });
    const health = await checkHealth(bounded, readiness);
    const status = health.status === 'ok' ? 200 : 503;
    return c.json(trusted(c) ? health : { status: health.status === 'ok' ? 'up' : 'down' }, status);
  });

  app.get('/metrics', async (c) => {
    const needed = exposure.metricsToken ?? (config.production ? randomUUID() : undefined);
    if (needed && c.req.header('authorization') !== `Bearer ${needed}`) {
      const message = exposure.metricsToken ? 'a bearer token is needed for /metrics' : '/metrics needs METRICS_TOKEN to be set in production';
      return c.json({ error: { code: 'UNAUTHENTICATED', message } }, 401);
    }
    return c.text(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType });
  });

  // what every API request must be, before any work: ready, small, JSON, and allowed to read
  const admitHttp = async (c: HonoContext<Env>, next: Next) => {
    const graphql = c.req.path === '/graphql';
    const refuse = (status: 401 | 403 | 413 | 415 | 503, code: string, message: string) => {
      if (status === 503) c.header('Retry-After', '5');
      // the web UI follows this to the identity provider's sign-in
      if (status === 401 && session) c.header('X-Sign-In', '/auth/login');
      return graphql ? c.json({ errors: [{ message, extensions: { code } }] }, status) : c.json({ error: { code, message } }, status);
    };
    if (!readiness.ready) return refuse(503, 'SERVICE_UNAVAILABLE', `The service is starting: ${readiness.reason ?? 'ClickHouse is not ready'}.`);
    const accepts = uploads.get(c.req.path) ?? ['application/json'];
    const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    if (['POST', 'PUT'].includes(c.req.method) && !accepts.includes(type)) {
      metrics.refusal('content_type');
      return refuse(415, 'UNSUPPORTED_MEDIA_TYPE', `Requests with a body must send it as ${accepts.join(', ')}.`);
    }
    const { viewer, authFailure, byCookie } = c.get('request');
    // a browser sends the sign-in cookie with any request to this site: a write must come from one of its pages
    if (byCookie && !['GET', 'HEAD', 'OPTIONS'].includes(c.req.method)) {
      const origin = c.req.header('origin');
      const own = new URL(c.req.url).origin;
      const foreign = origin
        ? origin !== own && origin !== config.alerting.publicUrl && !config.api.corsOrigins.includes(origin)
        : c.req.header('sec-fetch-site') === 'cross-site';
      if (foreign) return refuse(403, 'FORBIDDEN', 'A write signed in by cookie must come from this site’s own pages.');
    }
    if (authFailure) {
      if (authFailure.status === 401)
        c.header('WWW-Authenticate', `Bearer error="invalid_token", error_description="${authFailure.message.replace(/[^\x20-\x21\x23-\x7e]/g, "'")}"`);
      return refuse(authFailure.status, authFailure.code, authFailure.message);
    }
    const asksData = !graphql || c.req.method === 'POST' || c.req.query('query') !== undefined;
    if (asksData && needsIdentity(config, viewer)) {
      return refuse(
        401,
        'UNAUTHENTICATED',
        config.auth.oidc?.client
          ? 'Sign in (/auth/login) or send a bearer token (Authorization: Bearer <token>).'
          : 'A bearer token is needed (Authorization: Bearer <token>).',
      );
    }
    return next();
  };
  const limitBody = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) => {
        metrics.refusal('body_size');
        const message = `The request body is larger than ${maxSize} bytes.`;
        return c.req.path === '/graphql'
          ? c.json({ errors: [{ message, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] }, 413)
          : c.json({ error: { code: 'PAYLOAD_TOO_LARGE', message } }, 413);
      },
    });
  const requestBody = limitBody(config.limits.maxBodyBytes);
  // an upload (a hunt's document) has its own limit; every other body the request limit
  const uploadBody = limitBody(config.limits.huntMaxBytes);
  for (const p of ['/graphql', '/api/*']) {
    app.use(p, admitHttp);
    app.use(p, (c, next) => (uploads.has(c.req.path) ? uploadBody(c, next) : requestBody(c, next)));
  }

  /** Schema exposure (introspection, suggestions, GraphiQL, `_service`): on for everyone in development, for identified callers in production. */
  const exposed = (setting: 'auto' | 'on' | 'off', viewer: Viewer) =>
    setting === 'on' || (setting === 'auto' && (!config.production || viewer.via !== 'anonymous'));
  const viewerOf = (serverContext: unknown): Viewer =>
    (serverContext as { caller?: RequestInfo } | undefined)?.caller?.viewer ?? { user: 'anonymous', role: 'viewer', via: 'anonymous' };
  const blockSuggestions = blockFieldSuggestionsPlugin() as Plugin;

  const yoga = createYoga<{ caller: RequestInfo }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    maskedErrors: false,
    landingPage: false,
    graphiql: (_request, serverContext) =>
      exposed(exposure.graphiql, viewerOf(serverContext)) ? { title: 'ja4graph — GraphiQL', defaultTabs: exampleTabs(config.dataDir) } : false,
    // bundled, not from a CDN: works offline, and nothing third-party runs beside the analyst's token
    renderGraphiQL,
    // not `request`: yoga's own context already holds the Fetch Request under that name
    context: ({ caller }) => operationContext(deps, caller),
    // a page's panels arrive as one request of several operations (see operationContext)
    batching: { limit: config.limits.maxBatch },
    plugins: [
      useDisableIntrospection({ isDisabled: (_request, context) => !exposed(exposure.introspection, viewerOf(context)) }),
      {
        onValidate(payload) {
          const { caller } = payload.context as unknown as { caller: RequestInfo };
          if (!exposed(exposure.introspection, caller.viewer)) {
            payload.addValidationRule((v: ValidationContext) => ({
              Field(node: FieldNode) {
                if (node.name.value === '_service')
                  v.reportError(new GraphQLError('The federation SDL is not exposed to this caller.', { nodes: [node], extensions: { code: 'FORBIDDEN' } }));
              },
            }));
            return blockSuggestions.onValidate?.(payload as never) as never;
          }
        },
      } as Plugin,
      useAuditedWrites(deps),
      useLimits(config.limits, budget, metrics.refusal, requests),
      useResultLimit(config.limits, metrics.refusal),
      useErrorMasking(),
      useClickhouseStats(config.debugQueries),
      useOperationMetrics(metrics),
    ],
    logging: false,
  });
  app.on(['GET', 'POST', 'OPTIONS'], '/graphql', async (c) => {
    const caller = c.get('request');
    const res = await yoga.fetch(c.req.raw, { caller });
    if (res.headers.get('content-type')?.includes('text/event-stream')) return detachedStream(res);
    // a batch whose every operation the rate limits turned down is a 429, as a single one is
    const { outcomes } = caller;
    if (res.status === 200 && outcomes && outcomes.operations > 1 && outcomes.limited === outcomes.operations) {
      const headers = new Headers(res.headers);
      headers.set('Retry-After', '5');
      return new Response(res.body, { status: 429, headers });
    }
    return res;
  });

  mountDocs(app, routes);
  mountRest(app, { ...deps, budget, requests, onRefusal: metrics.refusal, onRejectedWrite: auditRejectedWrite }, routes);

  session?.mount(app);
  mountTaxii(app, {
    deps,
    schema,
    stixOf: investigationStix,
    pace: (c) => requests.charge(callerOf(c.get('request')), 1),
    ready: () => readiness,
  });
  mountWeb(app);
  // the last net: whatever escaped answers as JSON with a request id, never a stack or a plain-text page
  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    logger.error({ requestId: c.get('requestId'), err }, 'unhandled error');
    const message = `Something went wrong on our side (request ${c.get('requestId') ?? 'unknown'}).`;
    return c.req.path === '/graphql'
      ? c.json({ errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, 500)
      : c.json({ error: { code: 'INTERNAL_SERVER_ERROR', message } }, 500);
  });
  return app;
}

/**
 * A live (SSE) response whose stream is never cancelled from outside: Node 20's fetch closes a
 * cancelled stream again when its source ends, an uncaught error that would end the process
 * (honojs/node-server#233). Here a client that goes away only stops the reading; its subscription
 * ends on the request's abort signal, and the source's stream then closes normally.
 */
function detachedStream(res: Response): Response {
  const reader = res.body!.getReader();
  let gone = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true as const }));
      if (gone) return;
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel() {
      gone = true;
      // drain what the source still sends until it ends, so it is never left half-read
      void (async () => {
        while (!(await reader.read().catch(() => ({ done: true }))).done);
      })();
    },
  });
  return new Response(body, { status: res.status, headers: res.headers });
}

/** The route pattern, not the path: label values stay few (`/api/ip/:ip`, not every address). */
function routeOf(c: HonoContext<Env>): string {
  const route = c.req.routePath;
  return route && route !== '*' && route !== '/*' ? route : c.req.path.startsWith('/api/') ? '/api/*' : c.req.path === '/graphql' ? '/graphql' : 'static';
}

/**
 * The audit trail of write attempts: a document turned down before any field ran (invalid, over its
 * limits, rate limited) leaves one row per mutation field it asked for; once it runs, each mutation
 * field turned down on its merits leaves its own row, with its own target and error (successes and
 * role refusals are audited by the write itself). Fields that never ran leave none.
 */
function useAuditedWrites(deps: AppDeps): Plugin<Context> {
  const wrapped = Symbol('audited');
  return {
    onSchemaChange({ schema }) {
      for (const field of Object.values(schema.getMutationType()?.getFields() ?? {}) as (GraphQLField<unknown, Context> & { [wrapped]?: true })[]) {
        if (field[wrapped]) continue;
        const resolve = field.resolve ?? defaultFieldResolver;
        field.resolve = async (root, args, ctx, info) => {
          ctx.writesRan = (ctx.writesRan ?? 0) + 1;
          try {
            return await resolve(root, args, ctx, info);
          } catch (err) {
            if (err instanceof GraphQLError) await auditFieldError(ctx, field.name, args as Record<string, unknown>, err);
            throw err;
          }
        };
        field[wrapped] = true;
      }
    },
    onValidate({ params, context }) {
      if (!params.documentAST || !writesOf(params.documentAST).length) return;
      return ({ valid, result }) => {
        if (valid) return;
        const { caller } = context as unknown as { caller: RequestInfo };
        const variables = (context as { params?: { variables?: Record<string, unknown> } }).params?.variables;
        void auditRejectedWrite(createContext(deps, caller), { fields: writesOf(params.documentAST!, params.schema, variables), errors: result });
      };
    },
    onExecute({ args }) {
      if (!writesOf(args.document).length) return;
      return {
        onExecuteDone({ result }) {
          const ctx = args.contextValue as Context;
          if (!('errors' in result) || !result.errors?.length || ctx.writesRan) return;
          return auditRejectedWrite(ctx, {
            fields: writesOf(args.document, args.schema, args.variableValues as Record<string, unknown>),
            errors: result.errors,
          }) as never;
        },
      };
    },
  };
}

function useOperationMetrics(metrics: ReturnType<typeof createMetrics>): Plugin<Context> {
  // documents that never run are counted too: `refused` by a limit, otherwise `invalid`
  const notRun = (context: unknown, errors: readonly unknown[]) => {
    const params = (context as { params?: { operationName?: string } }).params;
    const refused = errors.some((e) => (e as { extensions?: { code?: unknown } }).extensions?.code === 'QUERY_TOO_COMPLEX');
    metrics.operation(params?.operationName, refused ? 'refused' : 'invalid', 0);
  };
  return {
    onParse({ context }) {
      return ({ result }) => {
        if (result instanceof Error) notRun(context, [result]);
      };
    },
    onValidate({ context }) {
      return ({ valid, result }) => {
        if (!valid) notRun(context, result);
      };
    },
    onExecute({ args }) {
      const started = performance.now();
      return {
        onExecuteDone({ result }) {
          if (!('data' in result) && !('errors' in result)) return;
          const ctx = args.contextValue as Context;
          const codes = (result.errors ?? []).map((e) => String(e.extensions?.code ?? ''));
          const outcome = codes.some((c) => ['QUERY_TOO_COMPLEX', 'RATE_LIMITED', 'RESULT_TOO_LARGE'].includes(c)) ? 'refused' : codes.length ? 'error' : 'ok';
          const name = args.operationName ?? getOperationAST(args.document, args.operationName)?.name?.value;
          metrics.operation(name, outcome, (performance.now() - started) / 1000, ctx.cost?.requested);
        },
      };
    },
  };
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
