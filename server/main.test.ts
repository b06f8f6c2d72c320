import { describe, expect, it, onTestFinished } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

function start(dataDir: string, port: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, API_PORT: String(port), API_HOST: '127.0.0.1', DEMO_SCALE: '0.05' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, output: () => output };
}

async function healthy(port: number, child: ChildProcess, deadlineMs = 90_000) {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health`);
      if (res.status === 200) return (await res.json()) as { tables: Record<string, number> };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('server did not become healthy');
}

/** Stops the server as a supervisor does; how it ended, with the end of what it printed when that was not a clean exit. */
const stop = (child: ChildProcess, output: () => string) =>
  new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(code === 0 ? 'exit 0' : `exit ${code} signal ${signal}\n${output().slice(-3000)}`));
    child.kill('SIGTERM');
  });

describe('npm start on an empty data directory', () => {
  it('migrates, generates the demo data, serves /health, and keeps the data across a restart', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'ja4graph-start-'));
    onTestFinished(() => rmSync(dataDir, { recursive: true, force: true }));
    const port = await freePort();

    const first = start(dataDir, port);
    const before = await healthy(port, first.child);
    expect(before.tables.http_logs).toBeGreaterThan(10_000);
    expect(before.tables.ml_detected_anomalies).toBeGreaterThan(0);
    expect(first.output()).toMatch(/generating the demo dataset/);
    expect(existsSync(path.join(dataDir, 'ground-truth.json'))).toBe(true);
    expect(await stop(first.child, first.output)).toBe('exit 0');

    const second = start(dataDir, port);
    const after = await healthy(port, second.child);
    expect(after.tables).toEqual(before.tables);
    expect(second.output()).not.toMatch(/generating the demo dataset/);
    expect(await stop(second.child, second.output)).toBe('exit 0');
  }, 180_000);

  it('exits at once, naming the variable, when the configuration is invalid', async () => {
    const bad = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      env: { ...process.env, API_PORT: 'not-a-port' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    bad.stderr.on('data', (d) => (err += d));
    const code = await new Promise((r) => bad.once('exit', r));
    expect(code).toBe(2);
    expect(err).toMatch(/API_PORT="not-a-port": expected/);
  });
});
