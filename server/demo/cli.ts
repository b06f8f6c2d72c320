import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig, ConfigError } from '../config.js';
import { createDb } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { generateDemo, DatabaseNotEmptyError } from './generate.js';

const { values } = parseArgs({
  options: {
    days: { type: 'string' },
    scale: { type: 'string' },
    seed: { type: 'string' },
    reset: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`npm run demo -- [--days 7] [--scale 1] [--seed 42] [--reset]
  Generates deterministic demo traffic (≈1M http_logs rows per unit of scale) into the configured ClickHouse.`);
  process.exit(0);
}

try {
  const config = loadConfig({
    ...process.env,
    ...(values.days ? { DEMO_DAYS: values.days } : {}),
    ...(values.scale ? { DEMO_SCALE: values.scale } : {}),
    ...(values.seed ? { DEMO_SEED: values.seed } : {}),
  });
  const db = createDb(config.clickhouse);
  await migrate(db, (m) => console.log(m), { cutoffMarginS: config.layer.cutoffMarginS });
  const bar = new cliProgress.SingleBar(
    { format: 'demo data |{bar}| {percentage}% {stage}', noTTYOutput: true, notTTYSchedule: 2000 },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  bar.start(1, 0, { stage: 'starting' });
  const truth = await generateDemo(db, {
    ...config.demo,
    reset: values.reset,
    dataDir: config.dataDir,
    onProgress: ({ stage, done, total }) => {
      bar.setTotal(total);
      bar.update(done, { stage });
    },
  });
  bar.stop();
  console.log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s:`, truth.rows);
  await db.close();
} catch (err) {
  if (err instanceof ConfigError || err instanceof DatabaseNotEmptyError) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
