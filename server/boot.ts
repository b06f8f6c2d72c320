import cliProgress from 'cli-progress';
import type { Db } from './db/client.js';
import { migrate } from './db/migrate.js';
import { generateDemo } from './demo/generate.js';
import { createDemoRepository } from './demo/demo.repository.js';
import { startLayerUpkeep } from './graph/layer/upkeep.js';
import { startAlerting } from './modules/alert/alert.refs.js';
import type { Readiness } from './app.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';

/** Migrations (and the demo data on an empty database) once ClickHouse answers, retrying with backoff. */
export async function prepare(db: Db, config: Config, logger: Logger, readiness: Readiness, firstWaitMs = 1000) {
  for (let attempt = 1, waitMs = firstWaitMs; ; attempt++, waitMs = Math.min(waitMs * 2, 30_000)) {
    try {
      const migrations = await migrate(db, (m) => logger.info(m), { cutoffMarginS: config.layer.cutoffMarginS });
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
  startLayerUpkeep(db, config, logger);
  startAlerting(db, config, logger);
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
