// npm run bench [-- --runs 10]: latency and ClickHouse work of representative operations
// against the configured database (DATA_DIR / CLICKHOUSE_HOST), e.g. after `npm run demo -- --scale 10`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.js';
import { createDb } from '../server/db/client.js';
import { createApp } from '../server/app.js';
import { createLogger } from '../server/logger.js';
import { buildSchema } from '../server/schema/index.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' } } });
const runs = Number(values.runs);
// reputation offline: a benchmark measures our work, not a third party's latency
const config = loadConfig({ ...process.env, DEBUG_QUERIES: '1', LOG_LEVEL: 'silent', REPUTATION_PROVIDERS: 'none' });
const db = createDb(config.clickhouse);
const app = createApp({ config, db, logger: createLogger('silent'), schema: buildSchema() });
const truth = JSON.parse(readFileSync(path.join(config.dataDir, 'ground-truth.json'), 'utf8'));
const ip = truth.scenarios.credential_stuffing.ips[0];

const OPS: Record<string, string> = {
  'detections page (50, 7d)': `{ detections(first: 50) { totalCount edges { node { detectionId threatLevel anomalyScore ip { address } } } } }`,
  'batched pivot 50→asn→ja4s→ips': `{ detections(first: 50) { edges { node { ip { asn { ja4s(first: 5) { edges { node { ips(first: 5) { totalCount } } } } } } } } } }`,
  'IP investigation': `{ ip(address: "${ip}") { hits detectionCount threatLevels { level count } asn { name } country { code } ja4s { totalCount } userAgents { totalCount } hosts { totalCount } timeline { hits } detections(first: 10) { totalCount } } }`,
  'JA4 pivot (botnet)': `{ ja4(fingerprint: "${truth.botnet.ja4}") { uniqueIps countries(first: 30) { totalCount } asns(first: 30) { totalCount } ips(first: 100) { totalCount edges { node { address } } } similar { hits } } }`,
  'IP neighbors (graph expand)': `{ ip(address: "${ip}") { neighbors(first: 10) { type totalCount neighbors { weight hiddenNeighborCount } } } }`,
  'quick search "OVH"': `{ search(query: "OVH") { key hits } }`,
  'clusters (cached)': `{ clusters { size profile } }`,
  'detections grouped by IP (50)': `{ detectionsByIp(first: 50, filter: {threatLevels: [CRITICAL, HIGH]}) { totalCount items { detections ip { address } } } }`,
  'risk + recommendation (1 IP)': `{ ip(address: "${ip}") { investigation { riskScore recommendation { label indicators { ja4SharedIps } } } } }`,
  'incidents (7 d)': `{ incidents(first: 50) { id uniqueIps detections } }`,
  'TCP spoofing summary': `{ tcpSpoofingSummary { spoofingIps ttlMss { ttl mss ips } } }`,
  'reputation, offline (1 IP)': `{ reputation(ip: "${ip}") { networkType asnNumber countryCode } }`,
};

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
console.log(`database: ${config.clickhouse.mode}, http_logs rows: ${truth.rows.http_logs.toLocaleString()}, runs: ${runs}\n`);
console.log('operation'.padEnd(34), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'queries'.padStart(8), 'rows read'.padStart(12));
for (const [name, query] of Object.entries(OPS)) {
  const times: number[] = [];
  let ch: { queries: number; rowsRead: number } = { queries: 0, rowsRead: 0 };
  for (let i = 0; i < runs + 1; i++) {
    const t = performance.now();
    const res = await app.request('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await res.json()) as { errors?: unknown; extensions?: { clickhouse: typeof ch } };
    if (body.errors) throw new Error(`${name}: ${JSON.stringify(body.errors)}`);
    if (i > 0) times.push(performance.now() - t); // the first run warms caches
    ch = body.extensions!.clickhouse;
  }
  console.log(name.padEnd(34), pct(times, 50).toFixed(0).padStart(8), pct(times, 95).toFixed(0).padStart(8), String(ch.queries).padStart(8), ch.rowsRead.toLocaleString().padStart(12));
}
await db.close();
