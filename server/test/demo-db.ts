import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { createDb, type Db } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { generateDemo, type GroundTruth } from '../demo/generate.js';
import { loadLayerState } from '../graph/layer/state.js';

export interface DemoDb {
  config: Config;
  db: Db;
  truth: GroundTruth;
  dataDir: string;
}

/** Small enough to generate in a second or two, large enough for every scenario's pattern. */
export const TEST_DEMO = { seed: 42, scale: 0.05, days: 7 } as const;

let shared: Promise<DemoDb> | undefined;

/**
 * One embedded ClickHouse with the demo dataset per test process: libchdb binds a single
 * data directory per process, and vitest's forks pool gives each test file its own process.
 * A file that needs more data (the canvas at a thousand nodes) asks for a larger scale on its first call.
 */
export function demoDb(options: { seed?: number; scale?: number; days?: number } = {}): Promise<DemoDb> {
  shared ??= (async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ja4graph-test-'));
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    const db = createDb(config.clickhouse);
    await migrate(db);
    const truth = await generateDemo(db, { ...TEST_DEMO, ...options, dataDir });
    await loadLayerState(db);
    return { config, db, truth, dataDir };
  })();
  return shared;
}

/**
 * Removes this process's dataset once its test file is done (server/test/cleanup.ts): every test
 * file generates one, and repeated runs would otherwise fill the disk.
 */
export async function removeDemoData() {
  const demo = await shared?.catch(() => undefined);
  if (!demo) return;
  shared = undefined;
  await demo.db.close().catch(() => {});
  // the engine's background threads can still be finishing a merge in the directory just after it
  // closes (ENOTEMPTY): retry, and never fail a test file that passed over a temporary directory
  try {
    rmSync(demo.dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (e) {
    console.warn(`could not remove ${demo.dataDir}: ${(e as Error).message}`);
  }
}

/** Unmapped text form of an IPv6 column value, as the API prints it. */
export const plainIp = (ip: string) => ip.replace(/^::ffff:/, '');
