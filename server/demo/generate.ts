import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../db/client.js';
import { createDemoRepository } from './demo.repository.js';
import { compactClosedDays } from '../graph/layer/compact.js';
import { BOTNET_CAMPAIGN, buildPopulation, SCENARIOS, type Actor, type Scenario } from './population.js';
import { JA4, ROTATION_JA4S } from './catalog.js';

export interface DemoOptions {
  seed: number;
  scale: number;
  days: number;
  /** Clears the data tables first; without it a non-empty database is refused. */
  reset?: boolean;
  /** Where ground-truth.json is written. */
  dataDir: string;
  onProgress?: (p: { stage: string; done: number; total: number }) => void;
}

export interface ScenarioTruth {
  ips: string[];
  ja4s: string[];
  hosts: string[];
  countries: string[];
  asns: number[];
}

/** Which IP, JA4 and host belongs to which scenario: what the tests check the product against. */
export interface GroundTruth {
  seed: number;
  scale: number;
  days: number;
  generatedAt: string;
  rows: Record<string, number>;
  botnet: { campaignId: string; ja4: string };
  ja4Rotation: { siblings: string[]; byIp: Record<string, string[]> };
  scenarios: Record<Scenario, ScenarioTruth>;
}

export class DatabaseNotEmptyError extends Error {
  constructor(rows: number) {
    super(`the database already holds ${rows} http_logs rows; pass --reset to replace them`);
  }
}

const CHUNKS = 20;

export async function generateDemo(db: Db, opts: DemoOptions): Promise<GroundTruth> {
  const repo = createDemoRepository(db);
  const progress = opts.onProgress ?? (() => {});
  if (opts.reset) await repo.reset();
  else {
    const existing = (await repo.rowCounts()).http_logs ?? 0;
    if (existing > 0) throw new DatabaseNotEmptyError(existing);
  }

  const actors = buildPopulation(opts);
  const anchorMs = Date.now();
  progress({ stage: 'population', done: 0, total: 1 });
  await repo.stageActors(actors);

  const perChunk = Math.ceil(actors.length / CHUNKS);
  for (let c = 0; c < CHUNKS; c++) {
    progress({ stage: 'traffic', done: c, total: CHUNKS + 2 });
    await repo.generateTraffic(opts.seed, anchorMs, c * perChunk + 1, (c + 1) * perChunk);
  }
  progress({ stage: 'ml scores', done: CHUNKS, total: CHUNKS + 2 });
  await repo.generateScores(opts.seed, anchorMs);
  await repo.dropStaging();
  progress({ stage: 'daily roll-up', done: CHUNKS + 1, total: CHUNKS + 2 });
  // the generator wrote every day it covers: each one before today is closed
  await compactClosedDays(db, { now: new Date(anchorMs), lateGraceS: 0 });

  const truth: GroundTruth = {
    seed: opts.seed,
    scale: opts.scale,
    days: opts.days,
    generatedAt: new Date(anchorMs).toISOString(),
    rows: await repo.rowCounts(),
    botnet: { campaignId: BOTNET_CAMPAIGN, ja4: JA4.botnet },
    ja4Rotation: {
      siblings: ROTATION_JA4S,
      byIp: Object.fromEntries(actors.filter((a) => a.scenario === 'ja4_rotation').map((a) => [a.src_ip, a.ja4s])),
    },
    scenarios: summarise(actors),
  };
  mkdirSync(opts.dataDir, { recursive: true });
  writeFileSync(path.join(opts.dataDir, 'ground-truth.json'), JSON.stringify(truth, null, 2));
  progress({ stage: 'done', done: CHUNKS + 2, total: CHUNKS + 2 });
  return truth;
}

function summarise(actors: Actor[]): Record<Scenario, ScenarioTruth> {
  const uniq = <T extends string | number>(xs: T[]) => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(
    SCENARIOS.map((s) => {
      const group = actors.filter((a) => a.scenario === s);
      return [
        s,
        {
          ips: group.map((a) => a.src_ip),
          ja4s: uniq(group.flatMap((a) => a.ja4s)),
          hosts: uniq(group.flatMap((a) => a.hosts)),
          countries: uniq(group.map((a) => a.country_code)),
          asns: uniq(group.map((a) => a.asn)),
        },
      ];
    }),
  ) as Record<Scenario, ScenarioTruth>;
}
