import { z } from 'zod';
import path from 'node:path';

const intFrom = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const flag = z.enum(['1', '0', 'true', 'false', 'yes', 'no', '']).transform((v) => v === '1' || v === 'true' || v === 'yes');
const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a ClickHouse identifier: letters, digits, underscore');

const EnvSchema = z.object({
  CLICKHOUSE_HOST: z.string().optional(),
  CLICKHOUSE_PORT: intFrom(1, 65535).default(8123),
  CLICKHOUSE_PROTOCOL: z.enum(['http', 'https']).default('http'),
  CLICKHOUSE_DB: identifier.default('mabase_prod'),
  CLICKHOUSE_LOGS_DB: identifier.default('ja4_logs'),
  CLICKHOUSE_USER: z.string().default('admin'),
  CLICKHOUSE_PASSWORD: z.string().default(''),
  CLICKHOUSE_CLUSTER: identifier.optional(),
  CLICKHOUSE_QUERY_TIMEOUT_S: intFrom(1, 600).default(30),
  EMBEDDED_SESSIONS: intFrom(1, 16).default(4),
  CLICKHOUSE_MAX_MEMORY_BYTES: intFrom(16 * 2 ** 20, 2 ** 40).default(2 * 2 ** 30),
  CLICKHOUSE_MAX_RESULT_ROWS: intFrom(10, 1e9).default(1_000_000),
  CLICKHOUSE_MAX_RESULT_BYTES: intFrom(2 ** 20, 2 ** 36).default(256 * 2 ** 20),
  REQUEST_TIMEOUT_MS: intFrom(500, 600_000).default(20_000),
  HEALTH_TIMEOUT_MS: intFrom(100, 10_000).default(1500),
  MAX_DEPTH: intFrom(1, 50).default(6),
  MAX_ALIASES: intFrom(1, 1000).default(15),
  MAX_TOKENS: intFrom(10, 100_000).default(1000),
  MAX_DIRECTIVES: intFrom(1, 1000).default(50),
  MAX_DOCUMENT_CHARS: intFrom(100, 1_000_000).default(15_000),
  MAX_BODY_BYTES: intFrom(1024, 64 * 2 ** 20).default(64 * 1024),
  MAX_BATCH: intFrom(1, 100).default(12),
  MAX_COST: intFrom(1, 10_000_000).default(25_000),
  RATE_LIMIT_COST_PER_MINUTE: intFrom(1, 1e9).default(150_000),
  RATE_LIMIT_BURST: intFrom(1, 1e9).default(250_000),
  RATE_LIMIT_REQUESTS_PER_MINUTE: intFrom(1, 1e9).default(3000),
  RATE_LIMIT_REQUEST_BURST: intFrom(1, 1e9).default(1000),
  MAX_CONCURRENT_EXPORTS: intFrom(1, 64).default(2),
  MAX_QUEUED_EXPORTS: intFrom(0, 1000).default(64),
  EXPORT_IDS_POLICY: z.enum(['analyst', 'analyst_and_detector']).default('analyst'),
  HUNT_MAX_INDICATORS: intFrom(1, 1_000_000).default(50_000),
  HUNT_MAX_BYTES: intFrom(1024, 256 * 2 ** 20).default(10 * 2 ** 20),
  MAX_CLUSTER_QUEUE: intFrom(1, 1000).default(4),
  CLUSTER_CACHE_ENTRIES: intFrom(1, 1000).default(16),
  ALLOWED_HOSTS: z
    .string()
    .optional()
    .transform((s) => (s === undefined ? undefined : parseList(s).map((h) => h.toLowerCase()))),
  MAX_RESULT_NODES: intFrom(100, 10_000_000).default(100_000),
  MAX_RESPONSE_BYTES: intFrom(1024, 2 ** 30).default(16 * 2 ** 20),
  NODE_ENV: z.string().optional(),
  INTROSPECTION: z.enum(['auto', 'on', 'off']).default('auto'),
  GRAPHIQL: z.enum(['auto', 'on', 'off']).default('auto'),
  ALLOW_ANONYMOUS_READ: flag.optional(),
  METRICS_TOKEN: z.string().min(16, 'at least 16 characters').optional(),
  DATA_DIR: z.string().default('./data'),
  API_HOST: z.string().optional(),
  API_PORT: intFrom(0, 65535).default(8000),
  CORS_ORIGINS: z
    .string()
    .default('http://localhost:3000,http://127.0.0.1:3000,http://localhost:5173')
    .transform((s) => parseList(s)),
  DEMO_ON_EMPTY: flag.optional(),
  DEMO_DAYS: intFrom(1, 30).default(7),
  DEMO_SCALE: z.coerce.number().min(0.01).max(100).default(1),
  DEMO_SEED: intFrom(0, 2 ** 31 - 1).default(42),
  DEBUG_QUERIES: flag.optional(),
  AUTH_MODE: z.enum(['local', 'token', 'proxy', 'oidc']).optional(),
  OIDC_ISSUER: z
    .string()
    .url()
    .refine(
      (u) => u.startsWith('https://') || /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/.test(u),
      'https, or http on the loopback only (development)',
    )
    .transform((u) => u.replace(/\/$/, ''))
    .optional(),
  OIDC_AUDIENCE: z.string().min(1).optional(),
  OIDC_ROLE_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_:/.-]+$/, 'a claim name or a dotted path such as realm_access.roles')
    .default('groups'),
  OIDC_ROLE_MAP: z
    .string()
    .default('')
    .transform((s) => parseList(s))
    .pipe(z.array(z.string().regex(/^[^=,]{1,200}=(viewer|analyst|admin)$/, 'group=role entries (role viewer, analyst or admin)'))),
  OIDC_USERNAME_CLAIM: z
    .string()
    .regex(/^[A-Za-z0-9_:.-]+$/, 'a claim name')
    .default('preferred_username'),
  OIDC_ALGORITHMS: z
    .string()
    .default('RS256,PS256,ES256,EdDSA')
    .transform((s) => parseList(s))
    .pipe(
      z
        .array(
          z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'], {
            error: 'asymmetric JWS algorithms only (RS*, PS*, ES*, EdDSA)',
          }),
        )
        .min(1),
    ),
  OIDC_CLOCK_SKEW_S: intFrom(0, 600).default(60),
  OIDC_HTTP_TIMEOUT_MS: intFrom(100, 60_000).default(3000),
  OIDC_JWKS_MAX_AGE_S: intFrom(10, 86_400).default(600),
  OIDC_JWKS_COOLDOWN_S: intFrom(0, 3600).default(30),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().default('openid profile'),
  SESSION_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  SESSION_MAX_AGE_S: intFrom(60, 30 * 86_400).default(12 * 3600),
  API_TOKENS: z
    .string()
    .default('')
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^[A-Za-z0-9._~-]{16,}:[A-Za-z0-9._@-]{1,64}:(viewer|analyst|admin)$/,
            'token:user:role entries (token ≥ 16 characters; role viewer, analyst or admin)',
          ),
      ),
    ),
  TRUSTED_USER_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, 'an HTTP header name')
    .default('X-Forwarded-User'),
  TRUSTED_ROLE_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, 'an HTTP header name')
    .default('X-Forwarded-Role'),
  LOCAL_ANALYST: z
    .string()
    .regex(/^[A-Za-z0-9._@-]{1,64}$/, 'a user name')
    .default('local-analyst'),
  LOCAL_ROLE: z.enum(['viewer', 'analyst', 'admin']).default('admin'),
  REPUTATION_PROVIDERS: z
    .string()
    .default('ip-api,ipinfo')
    .transform((s) =>
      s.trim() === 'none'
        ? []
        : s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean),
    )
    .pipe(z.array(z.enum(['ip-api', 'ipinfo'], { error: 'a comma list of ip-api and ipinfo, or none' }))),
  REPUTATION_TIMEOUT_MS: intFrom(100, 30_000).default(3000),
  REPUTATION_CACHE_TTL_S: intFrom(0, 7 * 86400).default(86400),
  LAYER_CUTOFF_MARGIN_S: intFrom(0, 86_400).default(300),
  LAYER_LATE_GRACE_S: intFrom(0, 86_400).default(120),
  LAYER_BACKFILL_CONCURRENCY: intFrom(1, 16).default(1),
  LAYER_BACKFILL_ROWS_PER_S: intFrom(0, 1e12).default(0),
  LAYER_BACKFILL_MAX_MEMORY_BYTES: intFrom(64 * 2 ** 20, 2 ** 40).default(2 * 2 ** 30),
  LAYER_BACKFILL_THREADS: intFrom(1, 64).default(2),
  LAYER_BACKFILL_RETRIES: intFrom(0, 20).default(3),
  LAYER_BACKFILL_STATEMENT_ROWS: intFrom(1000, 1e12).default(500_000),
  LAYER_MAINTENANCE_INTERVAL_S: intFrom(0, 86_400).default(300),
  LAYER_DRAIN_INTERVAL_S: intFrom(0, 3600).default(10),
  LAYER_DRAIN_BATCH_ROWS: intFrom(1000, 1e9).default(300_000),
  ALERT_EVALUATION_INTERVAL_S: intFrom(0, 86_400).default(60),
  ALERT_FEED_INTERVAL_S: intFrom(1, 3600).default(2),
  WEBHOOK_DESTINATIONS: z
    .string()
    .default('')
    .transform((s) => parseList(s).map((h) => h.toLowerCase())),
  WEBHOOK_TIMEOUT_MS: intFrom(100, 60_000).default(5000),
  WEBHOOK_RETRIES: intFrom(0, 20).default(4),
  WEBHOOK_BACKOFF_MS: intFrom(10, 3_600_000).default(2000),
  PUBLIC_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
});

/** Accepts the legacy JSON list form (`["http://a","http://b"]`) and a plain comma list. */
function parseList(raw: string): string[] {
  const s = raw.trim();
  if (s.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(s);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      /* fall through to the comma form */
    }
  }
  return s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

export type Config = ReturnType<typeof toConfig>;
export type Role = 'viewer' | 'analyst' | 'admin';

function toConfig(env: z.infer<typeof EnvSchema>) {
  const embedded = !env.CLICKHOUSE_HOST;
  const dataDir = path.resolve(env.DATA_DIR);
  const production = env.NODE_ENV === 'production';
  const authMode = env.AUTH_MODE ?? (embedded ? ('local' as const) : ('token' as const));
  return {
    clickhouse: {
      mode: embedded ? ('embedded' as const) : ('server' as const),
      url: embedded ? undefined : `${env.CLICKHOUSE_PROTOCOL}://${env.CLICKHOUSE_HOST}:${env.CLICKHOUSE_PORT}`,
      embeddedPath: path.join(dataDir, 'chdb'),
      database: env.CLICKHOUSE_DB,
      logsDatabase: env.CLICKHOUSE_LOGS_DB,
      user: env.CLICKHOUSE_USER,
      password: env.CLICKHOUSE_PASSWORD,
      cluster: env.CLICKHOUSE_CLUSTER,
      queryTimeoutS: env.CLICKHOUSE_QUERY_TIMEOUT_S,
      embeddedSessions: env.EMBEDDED_SESSIONS,
      maxMemoryBytes: env.CLICKHOUSE_MAX_MEMORY_BYTES,
      maxResultRows: env.CLICKHOUSE_MAX_RESULT_ROWS,
      maxResultBytes: env.CLICKHOUSE_MAX_RESULT_BYTES,
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    },
    production,
    limits: {
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      healthTimeoutMs: env.HEALTH_TIMEOUT_MS,
      maxDepth: env.MAX_DEPTH,
      maxAliases: env.MAX_ALIASES,
      maxTokens: env.MAX_TOKENS,
      maxDirectives: env.MAX_DIRECTIVES,
      maxDocumentChars: env.MAX_DOCUMENT_CHARS,
      maxBodyBytes: env.MAX_BODY_BYTES,
      maxBatch: env.MAX_BATCH,
      maxCost: env.MAX_COST,
      costPerMinute: env.RATE_LIMIT_COST_PER_MINUTE,
      costBurst: Math.max(env.RATE_LIMIT_BURST, env.MAX_COST),
      requestsPerMinute: env.RATE_LIMIT_REQUESTS_PER_MINUTE,
      requestBurst: env.RATE_LIMIT_REQUEST_BURST,
      maxConcurrentExports: env.MAX_CONCURRENT_EXPORTS,
      maxQueuedExports: env.MAX_QUEUED_EXPORTS,
      huntMaxIndicators: env.HUNT_MAX_INDICATORS,
      huntMaxBytes: env.HUNT_MAX_BYTES,
      maxClusterQueue: env.MAX_CLUSTER_QUEUE,
      clusterCacheEntries: env.CLUSTER_CACHE_ENTRIES,
      maxResultNodes: env.MAX_RESULT_NODES,
      maxResponseBytes: env.MAX_RESPONSE_BYTES,
    },
    exposure: {
      /** Introspection, field suggestions and `_service`: 'auto' = for identified callers in production, for everyone otherwise. */
      introspection: env.INTROSPECTION,
      graphiql: env.GRAPHIQL,
      allowAnonymousRead: env.ALLOW_ANONYMOUS_READ ?? !production,
      metricsToken: env.METRICS_TOKEN,
      /**
       * Host headers served (a DNS-rebinding page reaches this server under its own name): by default
       * only loopback names where the local analyst needs no login, any host otherwise.
       */
      allowedHosts: env.ALLOWED_HOSTS ?? (authMode === 'local' ? ['localhost', '127.0.0.1', '[::1]'] : ['*']),
    },
    dataDir,
    // the local analyst needs no login: only this machine may reach it unless told otherwise
    api: { host: env.API_HOST ?? (embedded && authMode === 'local' ? '127.0.0.1' : '0.0.0.0'), port: env.API_PORT, corsOrigins: env.CORS_ORIGINS },
    demo: {
      onEmpty: env.DEMO_ON_EMPTY ?? embedded,
      days: env.DEMO_DAYS,
      scale: env.DEMO_SCALE,
      seed: env.DEMO_SEED,
    },
    /** Which verdicts exports send to an IDS unless an export asks otherwise: an analyst's only, or the detector's on IPs too. */
    exportIdsPolicy: env.EXPORT_IDS_POLICY.toUpperCase() as 'ANALYST' | 'ANALYST_AND_DETECTOR',
    debugQueries: env.DEBUG_QUERIES ?? (embedded && !production),
    reputation: { providers: env.REPUTATION_PROVIDERS, timeoutMs: env.REPUTATION_TIMEOUT_MS, cacheTtlS: env.REPUTATION_CACHE_TTL_S },
    auth: {
      mode: authMode,
      tokens: new Map(
        env.API_TOKENS.map((e) => {
          const [token, user, role] = e.split(':') as [string, string, Role];
          return [token, { user, role }];
        }),
      ),
      userHeader: env.TRUSTED_USER_HEADER.toLowerCase(),
      roleHeader: env.TRUSTED_ROLE_HEADER.toLowerCase(),
      local: { user: env.LOCAL_ANALYST, role: env.LOCAL_ROLE },
      oidc:
        env.OIDC_ISSUER && env.OIDC_AUDIENCE
          ? {
              issuer: env.OIDC_ISSUER,
              audience: env.OIDC_AUDIENCE,
              roleClaim: env.OIDC_ROLE_CLAIM,
              roleMap: new Map(env.OIDC_ROLE_MAP.map((e) => [e.slice(0, e.lastIndexOf('=')).trim(), e.slice(e.lastIndexOf('=') + 1) as Role])),
              usernameClaim: env.OIDC_USERNAME_CLAIM,
              algorithms: env.OIDC_ALGORITHMS,
              clockSkewS: env.OIDC_CLOCK_SKEW_S,
              httpTimeoutMs: env.OIDC_HTTP_TIMEOUT_MS,
              jwksMaxAgeS: env.OIDC_JWKS_MAX_AGE_S,
              jwksCooldownS: env.OIDC_JWKS_COOLDOWN_S,
              /** The web UI's sign-in (authorization code + PKCE); without it only bearer tokens are taken. */
              client: env.OIDC_CLIENT_ID ? { id: env.OIDC_CLIENT_ID, secret: env.OIDC_CLIENT_SECRET, scopes: env.OIDC_SCOPES } : undefined,
            }
          : undefined,
      /** Seals the sign-in cookies and TAXII page cursors; shared by every instance. */
      sessionSecret: env.SESSION_SECRET,
      sessionMaxAgeS: env.SESSION_MAX_AGE_S,
    },
    layer: {
      /** How far ahead of now the live views of a new install start counting (then rounded up to the hour). */
      cutoffMarginS: env.LAYER_CUTOFF_MARGIN_S,
      /** How long after an hour ends rows may still arrive for it: the backfill's last chunk and a day's roll-up wait this long. */
      lateGraceS: env.LAYER_LATE_GRACE_S,
      concurrency: env.LAYER_BACKFILL_CONCURRENCY,
      /** 0: as fast as ClickHouse goes. */
      rowsPerS: env.LAYER_BACKFILL_ROWS_PER_S,
      maxMemoryBytes: env.LAYER_BACKFILL_MAX_MEMORY_BYTES,
      threads: env.LAYER_BACKFILL_THREADS,
      retries: env.LAYER_BACKFILL_RETRIES,
      statementRows: env.LAYER_BACKFILL_STATEMENT_ROWS,
      /** The server's roll-up of closed days and its check for late rows; 0 turns it off. */
      maintenanceIntervalS: env.LAYER_MAINTENANCE_INTERVAL_S,
      /** Deferred mode: how often the server replays the waiting tuples into the layer; 0 leaves it to `npm run layer -- drain`. */
      drainIntervalS: env.LAYER_DRAIN_INTERVAL_S,
      /** Tuples per replay statement at most: the drain's memory follows this. */
      drainBatchRows: env.LAYER_DRAIN_BATCH_ROWS,
    },
    alerting: {
      /** How often the server evaluates the watches; 0 turns evaluation off in this instance. */
      intervalS: env.ALERT_EVALUATION_INTERVAL_S,
      /** How often live subscribers are sent the alerts other instances stored. */
      feedIntervalS: env.ALERT_FEED_INTERVAL_S,
      /** Host names (`hooks.slack.com`, `*.example.org`) and networks (`10.0.0.0/8`) webhooks may be sent to; nothing else. */
      webhookDestinations: env.WEBHOOK_DESTINATIONS,
      webhookTimeoutMs: env.WEBHOOK_TIMEOUT_MS,
      webhookRetries: env.WEBHOOK_RETRIES,
      webhookBackoffMs: env.WEBHOOK_BACKOFF_MS,
      /** Where analysts open the UI: links in notifications; default http://localhost:<port>. */
      publicUrl: (env.PUBLIC_URL ?? `http://localhost:${env.API_PORT}`).replace(/\/$/, ''),
    },
    logLevel: env.LOG_LEVEL,
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The only reader of process.env. Empty strings count as unset so `FOO=` falls back to the default. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.keys(EnvSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${String(i.path[0])}=${JSON.stringify(cleaned[String(i.path[0])])}: expected ${i.message}`));
  }
  const problems: string[] = [];
  const e = parsed.data;
  if ((e.AUTH_MODE ?? '') === 'oidc') {
    if (!e.OIDC_ISSUER) problems.push('OIDC_ISSUER: AUTH_MODE=oidc needs the identity provider’s issuer URL');
    if (!e.OIDC_AUDIENCE) problems.push('OIDC_AUDIENCE: AUTH_MODE=oidc needs the audience its access tokens carry for this API');
    if (!e.OIDC_ROLE_MAP.length) problems.push('OIDC_ROLE_MAP: AUTH_MODE=oidc needs group=role entries (nobody would have a role)');
    if (e.OIDC_CLIENT_ID && !e.SESSION_SECRET)
      problems.push('SESSION_SECRET: the web sign-in (OIDC_CLIENT_ID) needs a secret of at least 32 characters to seal its cookies');
  }
  if (problems.length) throw new ConfigError(problems);
  return toConfig(e);
}
