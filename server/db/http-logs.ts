import { sql, type Sql } from './sql.js';

const columnOf = (column: string | Sql): Sql => (typeof column === 'string' ? sql.identifier(column) : column);

/** An IPv6 column (a name, or an expression) as the API prints addresses: IPv4 without its `::ffff:` mapping. */
export const ipText = (column: string | Sql): Sql => sql`replaceRegexpOne(toString(${columnOf(column)}), '^::ffff:', '')`;

/** The network of an IPv6 column as the API names it: an IPv4 address's /24 (`1.2.3.0/24`), else its /64. */
export const subnetText = (column: string | Sql): Sql => {
  const col = columnOf(column);
  return sql`if(startsWith(toString(${col}), '::ffff:'), concat(replaceRegexpOne(toString(IPv6CIDRToRange(${col}, 120).1), '^::ffff:', ''), '/24'), concat(toString(IPv6CIDRToRange(${col}, 64).1), '/64'))`;
};

/** One request of `http_logs`, as request lists show it. */
export interface HttpRequestRow {
  ip: string;
  time: string;
  method: string;
  host: string;
  path: string;
  query: string;
  status: number;
  http_version: string;
  user_agent: string;
  referer: string;
  ja4: string;
  ttl: number;
  tcp_window: number;
  tcp_mss: number;
  src_port: number;
  country_code: string;
  total: number;
}

/** The columns of an HttpRequestRow but `total`. */
export const HTTP_REQUEST_COLUMNS = sql`${ipText('src_ip')} AS ip, time, method, host, path, query, status, http_version,
  header_user_agent AS user_agent, header_referer AS referer, ja4, ip_ttl AS ttl, tcp_window, tcp_mss, src_port,
  toString(src_country_code) AS country_code`;
