import { serve } from '@hono/node-server';
import { loadConfig, ConfigError } from './config.js';
import { createLogger } from './logger.js';
import { createDb } from './db/client.js';
import { prepare } from './boot.js';
import { createApp, type Readiness } from './app.js';
import { buildSchema } from './build-schema.js';
import { startWatchdog } from './watchdog.js';
import type { Config } from './config.js';

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
    logger.info(
      { url: `http://${config.api.host === '0.0.0.0' ? 'localhost' : config.api.host}:${info.port}` },
      'ja4graph is serving (UI at /, GraphiQL at /graphql, /health)',
    );
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

main().catch((err) => {
  console.error('ja4graph failed to start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
