import { loadConfig, ConfigError } from '../config.js';
import { createDb } from './client.js';
import { migrate } from './migrate.js';

try {
  const db = createDb(loadConfig().clickhouse);
  const { applied, skipped } = await migrate(db, (m) => console.log(m));
  console.log(`${applied.length} applied, ${skipped.length} already present`);
  await db.close();
} catch (err) {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(err instanceof ConfigError ? 2 : 1);
}
