import { serve } from '@hono/node-server';
import cliProgress from 'cli-progress';
import { loadConfig, ConfigError } from './config.js';
import { createLogger } from './logger.js';
import { createDb, type Db } from './db/client.js';
import { migrate } from './db/migrate.js';
import { generateDemo } from './demo/generate.js';
import { createDemoRepository } from './demo/demo.repository.js';
import { createApp, type Readiness } from './app.js';
import { buildSchema } from './schema/index.js';
import { startWatchdog } from './watchdog.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

async function main() {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger(config.logLevel);

  // a fatal error ends the process (non-zero) so a supervisor restarts it; it never lingers half-alive
  process.on('uncaughtException', (err) => {
    logger.fatal({ err }, 'uncaught exception: exiting');
    process.exit(1);
  });
  process.on('unhandledRejection', (err) => {
    logger.fatal({ err }, 'unhandled rejection: exiting');
    process.exit(1);
  });
  startWatchdog(logger);

  const db = createDb(config.clickhouse);
  logger.info({ mode: config.clickhouse.mode, path: config.clickhouse.embeddedPath, url: config.clickhouse.url }, 'connecting to ClickHouse');

  // serve at once: /health says 503 until ClickHouse answers and the migrations have run
  const readiness: Readiness = { ready: false, reason: 'applying migrations' };
  const app = createApp({ config, db, logger, schema: buildSchema(), readiness });
  const server = serve({ fetch: app.fetch, hostname: config.api.host, port: config.api.port }, (info) => {
    logger.info({ url: `http://${config.api.host === '0.0.0.0' ? 'localhost' : config.api.host}:${info.port}` }, 'ja4graph is serving (UI at /, GraphiQL at /graphql, /health)');
  });

  const stop = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => void db.close().finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));

  await prepare(db, config, logger, readiness);
}

/** Migrations (and the demo data on an empty database) once ClickHouse answers, retrying with backoff. */
async function prepare(db: Db, config: Config, logger: Logger, readiness: Readiness) {
  for (let attempt = 1, waitMs = 1000; ; attempt++, waitMs = Math.min(waitMs * 2, 30_000)) {
    try {
      const migrations = await migrate(db, (m) => logger.info(m));
      logger.info({ applied: migrations.applied.length, skipped: migrations.skipped.length }, 'migrations done');
      break;
    } catch (err) {
      readiness.reason = 'ClickHouse is unreachable; retrying';
      logger.warn({ err, attempt, retryInMs: waitMs }, 'ClickHouse is not ready: the migrations will be retried');
      await new Promise((r) => setTimeout(r, waitMs));
    }
  }
  if (config.demo.onEmpty) {
    readiness.reason = 'generating the demo dataset';
    await seedIfEmpty(db, config, logger);
  }
  readiness.ready = true;
  readiness.reason = undefined;
  logger.info('ready');
}

async function seedIfEmpty(db: Db, config: Config, logger: Logger) {
  const rows = (await createDemoRepository(db).rowCounts()).http_logs ?? 0;
  if (rows > 0) return;
  logger.info({ ...config.demo }, 'database is empty: generating the demo dataset');
  const bar = new cliProgress.SingleBar(
    { format: 'demo data |{bar}| {percentage}% {stage}', noTTYOutput: true, notTTYSchedule: 2000 },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { stage: 'starting' });
  const started = Date.now();
  const truth = await generateDemo(db, {
    ...config.demo,
    dataDir: config.dataDir,
    onProgress: ({ stage, done, total }) => {
      bar.setTotal(total);
      bar.update(done, { stage });
    },
  });
  bar.stop();
  logger.info({ rows: truth.rows, seconds: (Date.now() - started) / 1000 }, 'demo dataset ready');
}

main().catch((err) => {
  console.error('ja4graph failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
