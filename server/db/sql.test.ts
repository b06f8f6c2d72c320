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

    it('matches rows of keys as tuples, hostile strings and no rows at all included', async () => {
      const rows = [['traffic', 'JA4', HOSTILE[0]!], ['detections', 'IP', HOSTILE[1]!], ['traffic', 'HOST', 'a.example']];
      const pairs = sql.zip(rows, 3);
      const candidates = sql`SELECT * FROM values('s String, k String, v String', ('traffic', 'JA4', ${HOSTILE[0]}), ('traffic', 'IP', ${HOSTILE[1]}), ('traffic', 'HOST', 'a.example'))`;
      // the same arrays spliced into two conditions are sent once
      const q = sql`SELECT v FROM (${candidates}) WHERE (s, k, v) IN ${pairs} AND (s, k, v) IN ${pairs} ORDER BY v`;
      expect(Object.keys(q.toQuery().query_params)).toHaveLength(5);
      expect(await db.query(q)).toEqual([{ v: HOSTILE[0] }, { v: 'a.example' }]);
      expect(await db.query(sql`SELECT count() AS n FROM (${candidates}) WHERE (s, k, v) IN ${sql.zip([], 3)}`)).toEqual([{ n: 0 }]);
    });

    it('binds arrays of IPs as IPv6, mapping IPv4', async () => {
      const [row] = await db.query<{ ips: string[] }>(sql`SELECT ${sql.typed(['203.0.113.7', '2001:db8::1'], 'Array(IPv6)')} AS ips`);
      expect(row?.ips).toEqual(['::ffff:203.0.113.7', '2001:db8::1']);
    });
  });
});
