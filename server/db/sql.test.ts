import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from './sql.js';
import { loadConfig } from '../config.js';
import { createDb, type Db } from './client.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const HOSTILE = ["'; DROP TABLE http_logs; --", 'x} OR 1=1 {', '{p0:String}', "\\' OR '1'='1", 'ü日本語🙂', '\u0000null'];

describe('sql tag', () => {
  it('turns every interpolated value into a numbered, typed parameter and never into query text', () => {
    for (const value of HOSTILE) {
      const q = sql`SELECT * FROM t WHERE a = ${value} AND b IN ${[value, 'other']} AND n = ${7} AND f > ${0.5}`.toQuery();
      expect(q.query).toBe('SELECT * FROM t WHERE a = {p0:String} AND b IN {p1:Array(String)} AND n = {p2:Int64} AND f > {p3:Float64}');
      expect(q.query_params).toEqual({ p0: value, p1: [value, 'other'], p2: 7, p3: 0.5 });
    }
  });

  it('numbers parameters across nested fragments and honours explicit types', () => {
    const where = sql`ip IN ${sql.typed(['1.2.3.4'], 'Array(IPv6)')}`;
    const q = sql`SELECT ${1} WHERE ${where} AND d >= ${new Date('2026-01-02T03:04:05.678Z')}`.toQuery();
    expect(q.query).toBe('SELECT {p0:Int64} WHERE ip IN {p1:Array(IPv6)} AND d >= {p2:DateTime64(3)}');
    expect(q.query_params.p2).toBe('2026-01-02 03:04:05.678');
  });

  it('sends a fragment spliced twice with its values once, and equal values written twice as two', () => {
    const keys = ['a', 'b'];
    const where = sql`key IN ${keys}`;
    const q = sql`SELECT 1 FROM h WHERE ${where} UNION ALL SELECT 1 FROM d WHERE ${where} AND k IN ${keys}`.toQuery();
    expect(q.query).toBe(
      'SELECT 1 FROM h WHERE key IN {p0:Array(String)} UNION ALL SELECT 1 FROM d WHERE key IN {p0:Array(String)} AND k IN {p1:Array(String)}',
    );
    expect(q.query_params).toEqual({ p0: keys, p1: keys });
  });

  it('refuses identifiers and types that are not plain names', () => {
    expect(() => sql.identifier('http_logs; DROP TABLE x')).toThrow(/invalid identifier/);
    expect(() => sql.identifier('a b')).toThrow();
    expect(() => sql.typed('x', 'String) --')).toThrow(/invalid ClickHouse parameter type/);
    expect(sql`FROM ${sql.identifier('db.t')}`.toQuery().query).toBe('FROM db.t');
  });

  describe('on the real engine', () => {
    let db: Db;
    beforeAll(() => {
      db = createDb(loadConfig({ DATA_DIR: mkdtempSync(path.join(tmpdir(), 'ja4graph-sql-')) }).clickhouse);
    });
    afterAll(() => db.close());

    it('returns hostile strings verbatim as values', async () => {
      for (const value of HOSTILE) {
        const [row] = await db.query<{ v: string; n: number }>(sql`SELECT ${value} AS v, length(${value}) AS n`);
        expect(row?.v).toBe(value);
      }
    });

    it('binds one parameter used twice, and many in one call', async () => {
      const v = sql`${'x'}`;
      const many = sql.join(
        Array.from({ length: 40 }, (_, i) => sql`${i}`),
        ' + ',
      );
      const [row] = await db.query<{ a: string; b: string; n: number }>(sql`SELECT ${v} AS a, ${v} AS b, ${many} AS n`);
      expect(row).toEqual({ a: 'x', b: 'x', n: 780 });
    });

    it('binds values past the default 256 KiB statement size, counted in bytes', async () => {
      const keys = Array.from({ length: 30_000 }, (_, i) => `key-${i}-pad`);
      const wide = '日'.repeat(100_000); // 100,000 characters, 300,000 bytes
      expect(await db.query(sql`SELECT lengthUTF8(${wide}) AS w`)).toEqual([{ w: 100_000 }]);
      expect(await db.query(sql`SELECT length(${keys}) AS n`)).toEqual([{ n: 30_000 }]);
    });

    it('matches rows of keys, as one set of tuples or a set per group, hostile strings and no rows at all included', async () => {
      const candidates = sql`SELECT * FROM values('s String, k String, v String', ('traffic', 'JA4', ${HOSTILE[0]}), ('traffic', 'IP', ${HOSTILE[1]}),
                                                   ('traffic', 'HOST', 'a.example'), ('detections', 'IP', ${HOSTILE[1]}), ('traffic', 'IP', 'b'))`;
      const match = async (rows: string[][]) => {
        const q = sql`SELECT s, k, v FROM (${candidates}) WHERE ${sql.rowsIn(['s', 'k', 'v'], rows)} ORDER BY s, k, v`;
        return { query: q.toQuery().query, found: await db.query(q) };
      };
      // kinds with a key or two each: one set of tuples
      const few = await match([
        ['traffic', 'JA4', HOSTILE[0]!],
        ['detections', 'IP', HOSTILE[1]!],
        ['traffic', 'HOST', 'a.example'],
        ['traffic', 'IP', 'x'],
      ]);
      expect(few.query).toContain('IN arrayZip(');
      expect(few.found).toEqual([
        { s: 'detections', k: 'IP', v: HOSTILE[1] },
        { s: 'traffic', k: 'HOST', v: 'a.example' },
        { s: 'traffic', k: 'JA4', v: HOSTILE[0] },
      ]);
      // one kind with many keys: its set of keys
      const many = await match(['b', HOSTILE[1]!, ...Array.from({ length: 600 }, (_, n) => `k${n}`)].map((v) => ['traffic', 'IP', v]));
      expect(many.query).not.toContain('arrayZip');
      expect(many.found).toEqual([
        { s: 'traffic', k: 'IP', v: 'b' },
        { s: 'traffic', k: 'IP', v: HOSTILE[1] },
      ]);
      expect((await match([])).found).toEqual([]);
    });

    it('binds arrays of IPs as IPv6, mapping IPv4', async () => {
      const [row] = await db.query<{ ips: string[] }>(sql`SELECT ${sql.typed(['203.0.113.7', '2001:db8::1'], 'Array(IPv6)')} AS ips`);
      expect(row?.ips).toEqual(['::ffff:203.0.113.7', '2001:db8::1']);
    });
  });
});
