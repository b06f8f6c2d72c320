import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { loadConfig } from '../server/config.js';
import { createApp } from '../server/app.js';
import { createLogger } from '../server/logger.js';
import { buildSchema } from '../server/build-schema.js';
import { demoDb, type DemoDb } from '../server/test/demo-db.js';

/** Debian's Chromium (`.ci/run` installs it); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const ARTIFACTS = path.resolve('test-artifacts/e2e');

export interface Harness {
  demo: DemoDb;
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The real server on the demo dataset (embedded ClickHouse, reputation offline) and a headless Chromium. */
export async function startHarness(
  demoOptions: Parameters<typeof demoDb>[0] = {},
  /** More settings, once the server's address is known (an identity provider's redirect needs it). */
  env: (base: string) => Promise<Record<string, string>> = async () => ({}),
): Promise<Harness> {
  const demo = await demoDb(demoOptions);
  // the server listens first: the app's settings may need its address
  const made: { app?: ReturnType<typeof createApp> } = {};
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: (req, env) => made.app!.fetch(req, env), hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const config = loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent', REPUTATION_PROVIDERS: 'none', API_HOST: '127.0.0.1', ...(await env(base)) });
  made.app = createApp({ config, db: demo.db, logger: createLogger((process.env.TEST_LOG as 'silent') ?? 'silent'), schema: buildSchema() });
  // the network flags keep Chromium from calling Google's services, which this offline machine refuses
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    demo,
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/**
 * The harness of one test file: started before its tests and closed after them. Under CI a
 * missing Chromium fails the file (.ci/run installs it); elsewhere the tests skip themselves.
 */
export function useHarness(demoOptions: Parameters<typeof demoDb>[0] = {}, env?: (base: string) => Promise<Record<string, string>>): Harness {
  if (process.env.CI && !hasChromium) throw new Error('Chromium is missing: .ci/run installs the Debian package `chromium`');
  let started: Harness | undefined;
  beforeAll(async () => {
    started = await startHarness(demoOptions, env);
  }, 240_000);
  afterAll(async () => started?.close());
  // the tests read it once it has started
  return new Proxy({} as Harness, { get: (_, key) => started![key as keyof Harness] });
}

/** A page that fails the test on any uncaught error or console error, and saves a screenshot per step. */
export async function openPage(
  h: Harness,
  scenario: string,
): Promise<{ page: Page; context: BrowserContext; step: (name: string) => Promise<void>; errors: string[] }> {
  const context = await h.browser.newContext({ viewport: { width: 1440, height: 1000 }, baseURL: h.base });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.base });
  // CI runs these beside the server tests on 2 cores: a slow step must not fail the scenario
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()}`));
  const dir = path.join(ARTIFACTS, scenario);
  mkdirSync(dir, { recursive: true });
  let n = 0;
  const step = async (name: string) => {
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(dir, `${String(++n).padStart(2, '0')}-${name}.png`), fullPage: true });
  };
  return { page, context, step, errors };
}
