import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, plainIp, type DemoDb } from '../../test/demo-db.js';
import { gql, testApp } from '../../test/app.js';
import { sql } from '../../db/sql.js';
import { parseSubnet, subnetRange } from '../../graph/entity.kinds.js';

describe('subnet keys', () => {
  it('normalises an address or network to its /24 or /64 and gives the address range it spans', () => {
    expect(parseSubnet('51.75.241.56')).toBe('51.75.241.0/24');
    expect(subnetRange('51.75.241.0/24')).toEqual(['::ffff:51.75.241.0', '::ffff:51.75.241.255']);
    expect(parseSubnet('2a01:cb00:12:34:5:6:7:8')).toBe('2a01:cb00:12:34::/64');
    expect(subnetRange('2a01:cb00:12:34::/64')).toEqual(['2a01:cb00:12:34::', '2a01:cb00:12:34:ffff:ffff:ffff:ffff']);
    expect(subnetRange('2a01::/64')).toEqual(['2a01::', '2a01::ffff:ffff:ffff:ffff']);
  });
});

describe('Subnet entity on the demo data', () => {
  let demo: DemoDb;
  let app: ReturnType<typeof testApp>;
  beforeAll(async () => {
    demo = await demoDb();
    app = testApp(demo.config, demo.db);
  });

  /** Distinct IPs in each subnet, counted straight from http_logs over the same window. */
  const direct = async () =>
    demo.db.query<{ ip: string }>(sql`SELECT DISTINCT toString(src_ip) AS ip FROM ${demo.db.table('http_logs')} WHERE time >= now() - INTERVAL 7 DAY`);

  it('counts exactly the IPs of the /24 or /64, for IPv4 and IPv6 alike', async () => {
    const ips = (await direct()).map((r) => plainIp(r.ip));
    const v4 = ips.find((ip) => !ip.includes(':'))!;
    const v6 = ips.find((ip) => ip.includes(':'));
    expect(v6, 'the demo has IPv6 clients').toBeDefined();
    for (const ip of [v4, v6!]) {
      const cidr = parseSubnet(ip);
      const expected = ips.filter((x) => parseSubnet(x) === cidr).sort();
      const r = await gql<any>(
        app,
        `query($c: String!) { subnet(cidr: $c, window: {preset: LAST_7D}) { cidr uniqueIps ips(first: 500) { totalCount edges { node { address } } } } }`,
        { c: cidr },
      );
      expect(r.errors).toBeUndefined();
      expect(r.data.subnet.cidr).toBe(cidr);
      expect(r.data.subnet.uniqueIps).toBe(expected.length);
      expect(r.data.subnet.ips.totalCount).toBe(expected.length);
      expect(r.data.subnet.ips.edges.map((e: any) => e.node.address).sort()).toEqual(expected);
    }
  });
});
