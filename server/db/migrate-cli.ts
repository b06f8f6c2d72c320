import { loadConfig, ConfigError } from '../config.js';
import { createDb } from './client.js';
import { migrate } from './migrate.js';

try {
  const config = loadConfig();
  const db = createDb(config.clickhouse);
  const { applied, skipped } = await migrate(db, (m) => console.log(m), { cutoffMarginS: config.layer.cutoffMarginS });
  console.log(`${applied.length} applied, ${skipped.length} already present`);
  await db.close();
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(err instanceof ConfigError ? 2 : 1);
}
