// npm run bench:canvas — in Chromium, the time from an expansion's answer to the painted layout,
// at about 100 and 1,000 nodes, on the configured database (e.g. the scale-1 demo).
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { chromium } from 'playwright-core';
import { loadConfig } from '../server/config.js';
import { createDb } from '../server/db/client.js';
import { sql } from '../server/db/sql.js';
import { createApp } from '../server/app.js';
import { createLogger } from '../server/logger.js';
import { buildSchema } from '../server/schema/index.js';

const config = loadConfig({ ...process.env, LOG_LEVEL: 'silent', REPUTATION_PROVIDERS: 'none', API_HOST: '127.0.0.1' });
const db = createDb(config.clickhouse);
const app = createApp({ config, db, logger: createLogger('silent'), schema: buildSchema() });
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 });
await new Promise((r) => server.once('listening', r));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const truth = JSON.parse(readFileSync(path.join(config.dataDir, 'ground-truth.json'), 'utf8'));
const countries = (await db.query<{ cc: string }>(
  sql`SELECT toString(src_country_code) AS cc FROM ${db.table('http_logs')} WHERE time >= now() - INTERVAL 7 DAY GROUP BY cc ORDER BY count() DESC LIMIT 10`,
)).map((r) => r.cc);

const step = (s: string) => `step=${encodeURIComponent(s)}`;
const ja4 = truth.botnet.ja4 as string;
// a shared link of ~100 nodes: the botnet JA4 and its IPs
const small = [step(`s|JA4|${ja4}`), step(`x|JA4|${ja4}|IP`), step(`o|JA4|${ja4}|IP`)];
// ~1,000 nodes: the largest countries, each with its IPs, ASes and subnets opened
const large = countries.flatMap((cc) => ['s', 'a', 'o:IP', 'o:ASN', 'o:SUBNET'].map((k) => (k.startsWith('o:') ? step(`o|COUNTRY|${cc}|${k.slice(2)}`) : step(`${k}|COUNTRY|${cc}`))));

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
console.log('graph (shared link replayed)          nodes   edges  answer → painted layout');
for (const [name, steps, upTo] of [
  ['botnet JA4 and its IPs', small, small.length],
  ['4 countries, IPs/ASes/subnets opened', large, 20],
  ['10 countries, IPs/ASes/subnets opened', large, 50],
] as const) {
  const times: number[] = [];
  let last = { nodes: 0, edges: 0, ms: 0 };
  for (let run = 0; run < 3; run++) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(`${base}/graph?${steps.slice(0, upTo).join('&')}`);
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(() => !/loading/.test(document.querySelector('[role=toolbar] [role=status]')?.textContent ?? 'loading'), null, { timeout: 120_000 });
    await page.waitForTimeout(300);
    last = JSON.parse((await page.getByTestId('graph-canvas').getAttribute('data-paint')) ?? '{}');
    times.push(last.ms);
    await page.close();
  }
  times.sort((a, b) => a - b);
  console.log(`${name.padEnd(38)} ${String(last.nodes).padStart(5)} ${String(last.edges).padStart(7)}  median ${times[1]} ms (runs: ${times.join(', ')})`);
}
await browser.close();
server.close();
await db.close();
