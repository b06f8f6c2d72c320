import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';

/** A process whose event loop is stuck must end (and be restarted), never stay listening and mute. */
function run(script: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const started = Date.now();
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number; stderr: string }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, ms: Date.now() - started, stderr })),
  );
}

describe('the watchdog', () => {
  it('ends a process whose event loop is stuck, saying why', async () => {
    const out = await run(`
      import { startWatchdog } from './server/watchdog.ts';
      import { createLogger } from './server/logger.ts';
      startWatchdog(createLogger('silent'), 1000);
      setTimeout(() => { for (;;) {} }, 200);
    `);
    expect(out.signal).toBe('SIGKILL');
    expect(out.stderr).toMatch(/event loop stuck: exiting/);
    expect(out.ms).toBeLessThan(15_000);
  }, 30_000);

  it('leaves a busy but responsive process alone', async () => {
    const out = await run(`
      import { startWatchdog } from './server/watchdog.ts';
      import { createLogger } from './server/logger.ts';
      startWatchdog(createLogger('silent'), 1000);
      const until = Date.now() + 3000;
      const tick = () => { const t = Date.now(); while (Date.now() - t < 300) {} if (Date.now() < until) setTimeout(tick, 0); else process.exit(0); };
      tick();
    `);
    expect(out).toMatchObject({ code: 0, signal: null });
  }, 30_000);
});
