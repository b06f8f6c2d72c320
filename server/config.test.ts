import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('config', () => {
  it('defaults to the embedded engine with the legacy names and defaults', () => {
    const c = loadConfig({});
    expect(c.clickhouse.mode).toBe('embedded');
    expect(c.clickhouse.database).toBe('mabase_prod');
    // the local analyst needs no login, so by default only this machine may connect
    expect(c.api).toMatchObject({ host: '127.0.0.1', port: 8000 });
    expect(loadConfig({ CLICKHOUSE_HOST: 'ch' }).api.host).toBe('0.0.0.0');
    expect(loadConfig({ AUTH_MODE: 'token' }).api.host).toBe('0.0.0.0');
    expect(c.demo).toMatchObject({ onEmpty: true, days: 7, scale: 1, seed: 42 });
    expect(c.debugQueries).toBe(true);
  });

  it('switches to a ClickHouse server when CLICKHOUSE_HOST is set', () => {
    const c = loadConfig({ CLICKHOUSE_HOST: 'ch.internal', CLICKHOUSE_PORT: '8443', CLICKHOUSE_PROTOCOL: 'https', CLICKHOUSE_CLUSTER: 'soc' });
    expect(c.clickhouse).toMatchObject({ mode: 'server', url: 'https://ch.internal:8443', cluster: 'soc' });
    expect(c.demo.onEmpty).toBe(false);
    expect(c.debugQueries).toBe(false);
  });

  it('accepts CORS_ORIGINS as the legacy JSON list or a comma list', () => {
    expect(loadConfig({ CORS_ORIGINS: '["http://a:3000", "http://b"]' }).api.corsOrigins).toEqual(['http://a:3000', 'http://b']);
    expect(loadConfig({ CORS_ORIGINS: 'http://a, http://b' }).api.corsOrigins).toEqual(['http://a', 'http://b']);
  });

  it('reads the reputation providers, offline mode and limits', () => {
    expect(loadConfig({}).reputation).toEqual({ providers: ['ip-api', 'ipinfo'], timeoutMs: 3000, cacheTtlS: 86400 });
    expect(loadConfig({ REPUTATION_PROVIDERS: 'none' }).reputation.providers).toEqual([]);
    expect(loadConfig({ REPUTATION_PROVIDERS: 'ipinfo' }).reputation.providers).toEqual(['ipinfo']);
    expect(() => loadConfig({ REPUTATION_PROVIDERS: 'ip-api,shodan' })).toThrow(/REPUTATION_PROVIDERS="ip-api,shodan"/);
    expect(() => loadConfig({ REPUTATION_TIMEOUT_MS: '5' })).toThrow(/REPUTATION_TIMEOUT_MS/);
  });

  it('names every bad variable and what it expected', () => {
    try {
      loadConfig({ API_PORT: 'eighty', CLICKHOUSE_DB: 'prod; DROP', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const msg = (err as Error).message;
      expect(msg).toMatch(/API_PORT="eighty": expected/);
      expect(msg).toMatch(/CLICKHOUSE_DB="prod; DROP": expected a ClickHouse identifier/);
      expect(msg).toMatch(/LOG_LEVEL="loud"/);
    }
  });

  it('accepts the environment docker-compose gives the app, with its defaults', () => {
    const compose = readFileSync(new URL('../docker-compose.yml', import.meta.url), 'utf8');
    const app = compose.slice(compose.indexOf('\n  app:'));
    const env = Object.fromEntries([...app.matchAll(/^ {6}([A-Z_]+): "?(.*?)"?$/gm)].map(([, k, v]) => [k!, v!.replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1')]));
    expect(Object.keys(env)).toEqual(expect.arrayContaining(['CLICKHOUSE_HOST', 'AUTH_MODE', 'API_TOKENS', 'REPUTATION_PROVIDERS']));
    const c = loadConfig(env);
    expect(c.clickhouse).toMatchObject({ mode: 'server', url: 'http://clickhouse:8123' });
    expect(c.auth.mode).toBe('token');
    expect(c.reputation.providers).toEqual(['ip-api', 'ipinfo']);
  });
});
