import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The legacy dashboard's spec, beside this repository as the brief lays it out. */
export const SPEC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/spec');

export interface LegacyStatement {
  name: string;
  sql: string;
}

interface Names {
  database: string;
  logsDatabase: string;
}

const CALL = /\b(?:query|query_scalar|execute)\(\s*((?:f?"(?:[^"\\]|\\.)*"\s*)+)/g;
const LITERAL = /(f?)"((?:[^"\\]|\\.)*)"/g;

/**
 * Every SQL statement of legacy-api-v2.py, with its f-string expressions evaluated the
 * way the legacy code does (every whitelisted sort column, every feature of the loops).
 */
export function legacyApiStatements(names: Names): LegacyStatement[] {
  const source = readFileSync(path.join(SPEC_DIR, 'legacy-api-v2.py'), 'utf8');
  const names_ = (text: string) => [...text.matchAll(/"([a-z_0-9]+)"/g)].map((m) => m[1]!);
  const list = (name: string) => names_(block(source, `${name} = [`, ']'));
  const set = (name: string) => names_(block(source, `${name} = {`, '}'));
  const featCols = concatLiterals(block(source, '_feat_cols = (', '\n)'), {});
  const radar = list('_RADAR_FEATURES');
  const where: Record<string, string> = {
    detections:
      'detected_at >= now() - INTERVAL 30 DAY AND threat_level = {tl:String} AND (toString(src_ip) LIKE {search:String} OR host LIKE {search:String}) AND asn_org = {asn_org:String} AND country_code = {cc:String} AND ja4 = {ja4:String} AND bot_name = {bn:String} AND browser_family = {bf:String}',
    scores:
      'detected_at >= now() - INTERVAL 3 DAY AND threat_level = {tl:String} AND (toString(src_ip) LIKE {search:String} OR host LIKE {search:String}) AND asn_org = {asn_org:String} AND country_code = {cc:String} AND ja4 = {ja4:String} AND browser_family = {bf:String}',
    traffic: 'time >= now() - INTERVAL 1 DAY AND method = {method:String} AND host LIKE {host:String} AND http_version = {http_version:String}',
  };
  const sorts: Record<string, string[]> = {
    detections: set('_DETECTION_SORT_COLS'),
    scores: set('_SCORE_SORT_COLS'),
    traffic: set('_TRAFFIC_SORT_COLS'),
  };

  const statements: LegacyStatement[] = [];
  for (const m of source.matchAll(CALL)) {
    const fn = [...source.slice(0, m.index).matchAll(/async def (\w+)\(/g)].pop()?.[1] ?? 'module';
    const base: Record<string, string> = {
      _DB: names.database,
      _DB_LOGS: names.logsDatabase,
      _feat_cols: featCols,
      cols: list('_BEHAVIOR_FEATURES').join(', '),
      cols_avg: radar.map((f) => `avg(${f}) AS ${f}`).join(', '),
      "', '.join(_RADAR_FEATURES)": radar.join(', '),
      where: where[fn] ?? '',
      order: 'DESC',
    };
    const variants: Record<string, string>[] = [base];
    if (m[1]!.includes('{sort}')) variants.splice(0, 1, ...(sorts[fn] ?? []).map((sort) => ({ ...base, sort })));
    if (m[1]!.includes('{feat}')) variants.splice(0, 1, ...names_(block(source, 'for feat in [', ']')).map((feat) => ({ ...base, feat })));
    for (const vars of variants) {
      const detail = vars.sort ?? vars.feat;
      statements.push({ name: `${fn}${detail ? ` (${detail})` : ''} #${statements.length + 1}`, sql: concatLiterals(m[1]!, vars) });
    }
  }
  return statements;
}

/** Every SQL statement of legacy-heatmap-router.py, with the client-side %(name)s values filled in. */
export function legacyHeatmapStatements(names: Names, hosts: string[]): LegacyStatement[] {
  const source = readFileSync(path.join(SPEC_DIR, 'legacy-heatmap-router.py'), 'utf8');
  return [...source.matchAll(/(\w+) = """([\s\S]*?)"""/g)].map((m, i) => ({
    name: `heatmap ${m[1]} #${i + 1}`,
    sql: m[2]!
      .replaceAll('mabase_prod.', `${names.database}.`)
      .replaceAll('%(limit)s', '20')
      .replaceAll('%(hosts)s', `(${hosts.map((h) => `'${h}'`).join(', ')})`),
  }));
}

/** Values for the legacy statements' `{name:Type}` parameters. */
export function legacyParams(sql: string): Record<string, unknown> {
  const values: Record<string, unknown> = {
    tl: 'CRITICAL',
    search: '%51.%',
    cc: 'FR',
    ip: '51.75.1.1',
    bn: 'Googlebot',
    bf: 'Chrome',
    cls: 'bot',
    cmt: 'legacy test',
    host: '%example%',
    method: 'GET',
    http_version: 'HTTP/2',
    lim: 10,
    off: 0,
    asn_org: 'OVH SAS',
    ja4: 't13d1516h2_8daaf6152771_02713d6af862',
  };
  return Object.fromEntries([...sql.matchAll(/\{(\w+):\w+\}/g)].map((m) => [m[1]!, values[m[1]!] ?? 'x']));
}

function block(source: string, start: string, end: string): string {
  const from = source.indexOf(start);
  if (from < 0) throw new Error(`legacy spec changed: ${start} not found`);
  return source.slice(from + start.length, source.indexOf(end, from + start.length));
}

function concatLiterals(text: string, vars: Record<string, string>): string {
  return [...text.matchAll(LITERAL)]
    .map(([, f, body]) =>
      f
        ? body!.replace(/\{\{|\}\}|\{([^{}]+)\}/g, (tok, expr: string | undefined) => {
            if (tok === '{{') return '{';
            if (tok === '}}') return '}';
            const value = vars[expr!];
            if (value === undefined) throw new Error(`no value for f-string expression {${expr}}`);
            return value;
          })
        : body!,
    )
    .join('');
}
