import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../test/demo-db.js';
import { gql, testApp } from '../test/app.js';
import { sql } from '../db/sql.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const ALL = { preset: 'LAST_30D' };
const sorted = (xs: string[]) => [...xs].sort();

beforeAll(async () => {
  demo = await demoDb();
  app = testApp(demo.config, demo.db);
});

describe('pivots on the demo ground truth', () => {
  it('finds the botnet’s members both through Campaign.ips and through JA4.ips of its fingerprint', async () => {
    const { botnet } = demo.truth;
    const res = await gql<any>(
      app,
      `query($c: String!, $j: String!, $w: TimeWindow) {
         campaign(id: $c, window: $w) { ips(first: 500) { totalCount edges { node { address } } } ja4s { edges { node { fingerprint } } } }
         ja4(fingerprint: $j, window: $w) { ips(first: 500) { totalCount edges { node { address } } } countries { totalCount } asns { totalCount } }
       }`,
      { c: botnet.campaignId, j: botnet.ja4, w: ALL },
    );
    expect(res.errors).toBeUndefined();
    const members = demo.truth.scenarios.botnet.ips;
    const viaCampaign = res.data.campaign.ips.edges.map((e: any) => e.node.address);
    const viaJa4 = res.data.ja4.ips.edges.map((e: any) => e.node.address);
    expect(sorted(viaCampaign)).toEqual(sorted(members));
    expect(sorted(viaJa4)).toEqual(sorted(members));
    expect(res.data.ja4.ips.totalCount).toBe(members.length);
    expect(res.data.campaign.ja4s.edges.map((e: any) => e.node.fingerprint)).toEqual([botnet.ja4]);
    expect(res.data.ja4.countries.totalCount).toBe(demo.truth.scenarios.botnet.countries.length);
    expect(res.data.ja4.countries.totalCount).toBeGreaterThanOrEqual(10);
    expect(res.data.ja4.asns.totalCount).toBe(demo.truth.scenarios.botnet.asns.length);
  });

  it('shows a rotating IP’s ≥ 3 JA4s, and JA4.similar finds the siblings that share sections a and c', async () => {
    for (const [ip, ja4s] of Object.entries(demo.truth.ja4Rotation.byIp)) {
      const res = await gql<any>(
        app,
        `query($ip: IPAddress!, $w: TimeWindow) { ip(address: $ip, window: $w) {
           ja4s { totalCount edges { node { fingerprint sections { a c } similar { ja4 { fingerprint } } } } } } }`,
        { ip, w: ALL },
      );
      const edges = res.data.ip.ja4s.edges;
      expect(res.data.ip.ja4s.totalCount).toBe(ja4s.length);
      expect(ja4s.length).toBeGreaterThanOrEqual(3);
      expect(sorted(edges.map((e: any) => e.node.fingerprint))).toEqual(sorted(ja4s));
      for (const e of edges) {
        const siblings = e.node.similar.map((s: any) => s.ja4.fingerprint);
        for (const other of ja4s.filter((j) => j !== e.node.fingerprint)) expect(siblings).toContain(other);
        expect(siblings).not.toContain(e.node.fingerprint);
        for (const s of siblings) expect([s.split('_')[0], s.split('_')[2]]).toEqual([e.node.sections.a, e.node.sections.c]);
      }
    }
  });

  it('round-trips pivots: IP → ja4s → ips contains the IP; IP → asn → ips contains it too', async () => {
    const ip = demo.truth.scenarios.scraper.ips[0]!;
    const res = await gql<any>(
      app,
      `query($ip: IPAddress!, $w: TimeWindow) { ip(address: $ip, window: $w) {
         ja4s { edges { node { ips(first: 500) { edges { node { address } } } } } }
         asn { ips(first: 500) { edges { node { address } } } } } }`,
      { ip, w: ALL },
    );
    for (const e of res.data.ip.ja4s.edges) expect(e.node.ips.edges.map((x: any) => x.node.address)).toContain(ip);
    expect(res.data.ip.asn.ips.edges.map((x: any) => x.node.address)).toContain(ip);
  });

  it('lists a targeted host’s attackers: every credential stuffer is among the login host’s clients', async () => {
    const stuffers = demo.truth.scenarios.credential_stuffing;
    const res = await gql<any>(
      app,
      `{ host(name: "accounts.example-shop.com", window: {preset: LAST_30D}) {
      ips(first: 500) { totalCount edges { hits node { address } } } hourlyActivity { hour hits } paths(first: 3) { items { value } } } }`,
    );
    const clients = res.data.host.ips.edges.map((e: any) => e.node.address);
    for (const ip of stuffers.ips) expect(clients).toContain(ip);
    expect(res.data.host.ips.totalCount).toBe(clients.length);
    const hourly = res.data.host.hourlyActivity;
    expect(hourly.map((h: any) => h.hour)).toEqual([...Array(24).keys()]);
    expect(hourly.reduce((s: number, h: any) => s + h.hits, 0)).toBe(res.data.host.ips.edges.reduce((s: number, e: any) => s + e.hits, 0));
  });

  it('gives neighbour counts equal to the link connections’ totalCount', async () => {
    const ip = demo.truth.scenarios.ua_rotation.ips[0]!;
    const res = await gql<any>(
      app,
      `query($ip: IPAddress!) { ip(address: $ip, window: {preset: LAST_30D}) {
         neighbors(first: 3) { type totalCount neighbors { weight hiddenNeighborCount entity { type key } } }
         ja4s { totalCount } userAgents { totalCount } hosts { totalCount } campaigns { totalCount } } }`,
      { ip },
    );
    const ipData = res.data.ip;
    const group = (t: string) => ipData.neighbors.find((g: any) => g.type === t);
    expect(group('JA4').totalCount).toBe(ipData.ja4s.totalCount);
    expect(group('USER_AGENT').totalCount).toBe(ipData.userAgents.totalCount);
    expect(group('USER_AGENT').totalCount).toBeGreaterThanOrEqual(10);
    expect(group('HOST').totalCount).toBe(ipData.hosts.totalCount);
    expect(group('CAMPAIGN').totalCount).toBe(ipData.campaigns.totalCount);
    expect(group('USER_AGENT').neighbors).toHaveLength(3);
    for (const n of group('JA4').neighbors) {
      // the JA4 is used by other IPs too: expanding it would add them
      const detail = await gql<any>(app, `query($j: String!) { ja4(fingerprint: $j, window: {preset: LAST_30D}) { neighbors { type totalCount } } }`, {
        j: n.entity.key,
      });
      const total = detail.data.ja4.neighbors.reduce((s: number, g: any) => s + g.totalCount, 0);
      expect(n.hiddenNeighborCount).toBe(total - 1);
    }
  });

  it('resolves entities by key: node(id), entity(type, value) and federation _entities agree', async () => {
    const ip = demo.truth.scenarios.headless.ips[0]!;
    const first = await gql<any>(app, `query($ip: IPAddress!) { ip(address: $ip) { id key } }`, { ip });
    const id = first.data.ip.id;
    const res = await gql<any>(
      app,
      `query($id: ID!, $ip: String!, $reps: [_Any!]!) {
         node(id: $id) { ... on IP { address } }
         nodes(ids: [$id, "SVA6MS4yLjMuNA=="]) { id }
         entity(type: IP, value: $ip) { __typename key ... on IP { address } }
         _entities(representations: $reps) { ... on IP { address hits } }
       }`,
      { id, ip: `::ffff:${ip}`, reps: [{ __typename: 'IP', key: ip }] },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.node.address).toBe(ip);
    expect(res.data.nodes).toEqual([{ id }, null]);
    expect(res.data.entity).toEqual({ __typename: 'IP', key: ip, address: ip });
    expect(res.data._entities[0].address).toBe(ip);
    expect(res.data._entities[0].hits).toBeGreaterThan(0);
  });

  it('expands many selected entities in one request: the same neighbours as one by one, in a number of queries that does not grow with the selection', async () => {
    const members: string[] = demo.truth.scenarios.botnet.ips;
    const doc = `query($refs: [EntityRefInput!]!, $w: TimeWindow) { entities(refs: $refs, window: $w) { type key neighbors(types: [ASN], first: 100) { type totalCount neighbors { entity { key } weight } } } }`;
    const ask = (ips: string[]) => gql<any>(app, doc, { refs: ips.map((value) => ({ type: 'IP', value })), w: ALL });
    const five = await ask(members.slice(0, 5));
    const fifty = await ask(members.slice(0, 50));
    expect(five.errors).toBeUndefined();
    expect(fifty.errors).toBeUndefined();
    expect(fifty.data.entities.map((e: any) => e.key)).toEqual(members.slice(0, 50));
    expect(fifty.extensions!.clickhouse.queries).toBe(five.extensions!.clickhouse.queries);
    for (const [i, ip] of members.slice(0, 5).entries()) {
      const one = await gql<any>(
        app,
        `query($ip: String!, $w: TimeWindow) { entity(type: IP, value: $ip, window: $w) { neighbors(types: [ASN], first: 100) { type totalCount neighbors { entity { key } weight } } } }`,
        { ip, w: ALL },
      );
      expect(fifty.data.entities[i].neighbors).toEqual(one.data.entity.neighbors);
    }
    // every member's AS is one of the botnet's ASes, and together they cover them all
    const asns = new Set(
      fifty.data.entities
        .concat((await ask(members.slice(50))).data.entities)
        .flatMap((e: any) => e.neighbors[0].neighbors.map((n: any) => Number(n.entity.key))),
    );
    expect([...asns].sort()).toEqual([...demo.truth.scenarios.botnet.asns].map(Number).sort());

    const unknown = await ask(['203.0.113.254', members[0]!]);
    expect(unknown.data.entities[0]).toBeNull();
    expect(unknown.data.entities[1].key).toBe(members[0]);
    // the count limit itself (with 201 neighbour expansions the cost limit refuses the request first)
    const tooMany = await gql<any>(app, `query($refs: [EntityRefInput!]!) { entities(refs: $refs) { key } }`, {
      refs: Array.from({ length: 201 }, (_, i) => ({ type: 'IP', value: `10.0.${i >> 8}.${i & 255}` })),
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = await ask(['not-an-ip']);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds how two entities are connected: common neighbours and short paths whose every link exists', async () => {
    const [m1, m2] = demo.truth.scenarios.botnet.ips as string[];
    const [s1, s2] = demo.truth.scenarios.credential_stuffing.ips as string[];
    const doc = `query($a: EntityRefInput!, $b: EntityRefInput!, $w: TimeWindow, $h: Int) {
      connections(a: $a, b: $b, window: $w, maxHops: $h) { common { type key } paths { hops weight entities { type key } } } }`;
    const ip = (value: string) => ({ type: 'IP', value });
    const botnet = await gql<any>(app, doc, { a: ip(m1!), b: ip(m2!), w: ALL });
    expect(botnet.errors).toBeUndefined();
    const common = botnet.data.connections.common.map((e: any) => `${e.type}:${e.key}`);
    expect(common).toContain(`JA4:${demo.truth.botnet.ja4}`);
    expect(common).toContain(`CAMPAIGN:${demo.truth.botnet.campaignId}`);
    const stuffers = await gql<any>(app, doc, { a: ip(s1!), b: ip(s2!), w: ALL });
    expect(stuffers.data.connections.common.map((e: any) => `${e.type}:${e.key}`)).toContain(`HOST:${demo.truth.scenarios.credential_stuffing.hosts[0]}`);

    // every link of every path is one the entity's own expansion shows
    const linked = async (u: { type: string; key: string }, v: { type: string; key: string }) => {
      const r = await gql<any>(
        app,
        `query($t: EntityType!, $k: String!, $to: [EntityType!], $w: TimeWindow) { entity(type: $t, value: $k, window: $w) { neighbors(types: $to, first: 500) { neighbors { entity { key } } } } }`,
        { t: u.type, k: u.key, to: [v.type], w: ALL },
      );
      return r.data.entity.neighbors.flatMap((g: any) => g.neighbors.map((n: any) => n.entity.key)).includes(v.key);
    };
    const paths = [...botnet.data.connections.paths, ...stuffers.data.connections.paths];
    expect(paths.length).toBeGreaterThan(0);
    for (const p of paths.slice(0, 12)) {
      expect(p.entities).toHaveLength(p.hops + 1);
      expect(p.hops).toBeLessThanOrEqual(3);
      for (let i = 0; i < p.hops; i++) expect(await linked(p.entities[i], p.entities[i + 1])).toBe(true);
    }
    // shortest first
    expect(paths.slice(0, botnet.data.connections.paths.length).map((p: any) => p.hops)).toEqual(
      [...botnet.data.connections.paths.map((p: any) => p.hops)].sort(),
    );

    const bad = await gql<any>(app, doc, { a: ip(m1!), b: ip(m1!), w: ALL });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const hops = await gql<any>(app, doc, { a: ip(m1!), b: ip(m2!), w: ALL, h: 4 });
    expect(hops.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await gql<any>(app, doc, { a: ip('203.0.113.254'), b: ip(m2!), w: ALL });
    expect(unknown.data.connections).toEqual({ common: [], paths: [] });
  });

  it('times links bucket by bucket exactly as the raw requests count them', async () => {
    const ip = demo.truth.scenarios.botnet.ips[0] as string;
    const { ja4 } = demo.truth.botnet;
    const res = await gql<any>(
      app,
      `query($l: [LinkRefInput!]!, $w: TimeWindow) { linkActivity(links: $l, window: $w) { bucketSeconds window { since until } links { from { key } to { key } timeline { start hits } } } }`,
      {
        l: [
          { from: { type: 'IP', value: ip }, to: { type: 'JA4', value: ja4 } },
          { from: { type: 'CLUSTER', value: '0' }, to: { type: 'IP', value: ip } },
        ],
        w: ALL,
      },
    );
    expect(res.errors).toBeUndefined();
    const { bucketSeconds, window, links } = res.data.linkActivity;
    const raw = await demo.db.query<{ start: string; hits: number }>(
      sql`SELECT toStartOfInterval(time, toIntervalSecond(${bucketSeconds})) AS start, count() AS hits FROM ${demo.db.table('http_logs')}
          WHERE src_ip = toIPv6(${ip}) AND ja4 = ${ja4} AND time >= ${new Date(window.since)} AND time < ${new Date(window.until)} GROUP BY start ORDER BY start`,
    );
    expect(links[0].timeline).toEqual(raw.map((r) => ({ start: new Date(Date.parse(r.start)).toISOString(), hits: r.hits })));
    expect(links[0].timeline.length).toBeGreaterThan(1);
    // a pair the layer does not hold: an empty timeline, not an error
    expect(links[1].timeline).toEqual([]);
    const tooMany = await gql<any>(app, `query($l: [LinkRefInput!]!) { linkActivity(links: $l) { bucketSeconds } }`, {
      l: Array.from({ length: 401 }, () => ({ from: { type: 'IP', value: ip }, to: { type: 'JA4', value: ja4 } })),
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers null for entities with no activity, never an error', async () => {
    const res = await gql<any>(
      app,
      `{ ip(address: "198.51.100.77") { address } ja4(fingerprint: "t13d0000h2_000000000000_000000000000") { key } asn(number: 64512) { name } campaign(id: "NOPE") { key } detection(id: "1") { detectionId } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ ip: null, ja4: null, asn: null, campaign: null, detection: null });
  });
});

describe('detections', () => {
  it('filters, sorts and pages with a stable total', async () => {
    const q = `query($after: String) { detections(first: 7, after: $after, window: {preset: LAST_30D}, filter: {threatLevels: [CRITICAL]}, orderBy: {field: ANOMALY_SCORE, direction: DESC}) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { detectionId threatLevel anomalyScore ip { address } } } } }`;
    const p1 = await gql<any>(app, q);
    const p2 = await gql<any>(app, q, { after: p1.data.detections.pageInfo.endCursor });
    const all = [...p1.data.detections.edges, ...p2.data.detections.edges].map((e: any) => e.node);
    expect(p1.data.detections.totalCount).toBe(p2.data.detections.totalCount);
    expect(new Set(all.map((d: any) => d.detectionId)).size).toBe(14);
    for (const d of all) expect(d.threatLevel).toBe('CRITICAL');
    const scores = all.map((d: any) => d.anomalyScore);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const d of all) expect(d.ip.address).not.toMatch(/^::ffff:/);
    // the second page is the next seven of the same ordering, not another ordering's
    const both = await gql<any>(app, q.replace('first: 7', 'first: 14'));
    expect(all.map((d: any) => d.detectionId)).toEqual(both.data.detections.edges.map((e: any) => e.node.detectionId));
  });

  it('covers exactly the last 72 hours with the LAST_72H preset (the horizon of the heatmaps and recent scores)', async () => {
    const t = Date.now();
    const res = await gql<any>(app, `{ detections(window: {preset: LAST_72H}) { totalCount } }`);
    const [row] = await demo.db.query<{ n: number }>(
      sql`SELECT count() AS n FROM ${demo.db.table('ml_detected_anomalies')} WHERE detected_at >= ${new Date(t - 72 * 3600_000)} AND detected_at < ${new Date(t)}`,
    );
    expect(row!.n).toBeGreaterThan(0);
    // the API's "now" is a few milliseconds after t: at most a detection stamped in between may differ
    expect(Math.abs(res.data.detections.totalCount - row!.n)).toBeLessThanOrEqual(1);
  });

  it('links a detection to its IP, JA4, ASN, host, country and campaign', async () => {
    const res = await gql<any>(
      app,
      `query($c: String!) { detections(first: 3, window: {preset: LAST_30D}, filter: {campaignId: $c}) {
      edges { node { id campaign { key } ja4 { fingerprint } ip { address } asn { number } host { name } country { code } } } } }`,
      { c: demo.truth.botnet.campaignId },
    );
    for (const { node } of res.data.detections.edges) {
      expect(node.campaign.key).toBe(demo.truth.botnet.campaignId);
      expect(node.ja4.fingerprint).toBe(demo.truth.botnet.ja4);
      expect(demo.truth.scenarios.botnet.ips).toContain(node.ip.address);
      expect(demo.truth.scenarios.botnet.countries).toContain(node.country.code);
      const again = await gql<any>(app, `query($id: ID!) { node(id: $id) { ... on Detection { ip { address } } } }`, { id: node.id });
      expect(again.data.node.ip.address).toBe(node.ip.address);
    }
  });
});

describe('batching', () => {
  const shape = (n: number) =>
    `{ detections(first: ${n}, window: {preset: LAST_30D}) { edges { node { ip { asn { ja4s(first: 5) { edges { node { ips(first: 5) { edges { node { address } } } } } } } } } } } }`;

  it('issues as many ClickHouse queries for 50 detections as for 5: the count depends on the shape only', async () => {
    const small = await gql<any>(app, shape(5));
    const large = await gql<any>(app, shape(50));
    expect(small.errors).toBeUndefined();
    expect(large.data.detections.edges).toHaveLength(50);
    expect(large.extensions!.clickhouse.queries).toBeLessThanOrEqual(small.extensions!.clickhouse.queries);
    expect(small.extensions!.clickhouse.queries).toBe(4);
  });

  it('reads a list of IPs with their AS and country in the list’s own statement, each as the IP alone answers it', async () => {
    const list = (fields: string) =>
      gql<any>(app, `query($j: String!, $w: TimeWindow) { ja4(fingerprint: $j) { ips(first: 30, window: $w) { edges { node { ${fields} } } } } }`, {
        j: demo.truth.botnet.ja4,
        w: ALL,
      });
    const bare = await list('address');
    const full = await list('address asn { key name } country { code } ... on IP { asn { key } }');
    expect(full.errors).toBeUndefined();
    const ips = full.data.ja4.ips.edges.map((e: any) => e.node);
    expect(ips.map((n: any) => n.address)).toEqual(bare.data.ja4.ips.edges.map((e: any) => e.node.address));
    expect(ips.length).toBe(30);
    // no round, and no statement, more than the addresses alone
    expect(full.extensions!.clickhouse.queries).toBe(bare.extensions!.clickhouse.queries);
    for (const n of ips) {
      expect(demo.truth.scenarios.botnet.ips).toContain(n.address);
      expect(demo.truth.scenarios.botnet.countries).toContain(n.country.code);
      const alone = await gql<any>(
        app,
        `query($ip: String!, $w: TimeWindow) { entity(type: IP, value: $ip, window: $w) { ... on IP { asn { key name } country { code } } } }`,
        {
          ip: n.address,
          w: ALL,
        },
      );
      expect({ asn: n.asn, country: n.country }).toEqual(alone.data.entity);
    }
  });
});

describe('bad input', () => {
  const cases: [string, string, Record<string, unknown>?][] = [
    ['malformed IP', `query($ip: IPAddress!) { ip(address: $ip) { key } }`, { ip: '999.1.2.3' }],
    ['injection as IP', `query($ip: IPAddress!) { ip(address: $ip) { key } }`, { ip: "1.2.3.4' OR 1=1 --" }],
    ['unicode JA4', `{ ja4(fingerprint: "t13d🙂") { key } }`],
    ['huge first', `{ detections(first: 100000) { totalCount } }`],
    ['zero first', `{ campaigns(first: 0) { totalCount } }`],
    ['window too wide', `{ detections(window: {since: "2020-01-01T00:00:00Z", until: "2026-01-01T00:00:00Z"}) { totalCount } }`],
    ['window reversed', `{ detections(window: {since: "2026-01-02T00:00:00Z", until: "2026-01-01T00:00:00Z"}) { totalCount } }`],
    ['forged cursor', `{ detections(after: "bm90LWEtY3Vyc29y") { totalCount } }`],
    ['bad entity key', `{ entity(type: ASN, value: "AS-not-a-number") { key } }`],
    ['bad subnet', `{ subnet(cidr: "10.0.0.0/8") { key } }`],
  ];

  it.each(cases)('%s → BAD_USER_INPUT with a clear message', async (_name, query, variables) => {
    const res = await gql(app, query, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors)).not.toMatch(/ClickHouse|SELECT|stack|\bat \w+ \(/);
  });

  it('rejects unknown enum values as a validation error, not a 500', async () => {
    const res = await gql(app, `{ detections(filter: {threatLevels: [APOCALYPTIC]}) { totalCount } }`);
    expect(res.status).toBeLessThan(500);
    expect(res.errors?.[0]?.message).toMatch(/APOCALYPTIC/);
  });

  it('treats injection strings in filters as plain values', async () => {
    const res = await gql<any>(app, `{ detections(filter: {search: "x' OR 1=1; DROP TABLE http_logs; --", host: "\\u0000é🙂"}) { totalCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.detections.totalCount).toBe(0);
  });
});
