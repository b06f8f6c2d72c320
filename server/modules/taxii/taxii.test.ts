import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../../test/demo-db.js';
import { testApp } from '../../test/app.js';
import { loadConfig } from '../../config.js';
import { sql } from '../../db/sql.js';
import { stixValidator } from '../../test/interop.js';
import { INDICATORS_COLLECTION, MAX_PAGE, STIX_MEDIA, TAXII_MEDIA } from './taxii.http.js';
import { createTaxiiRepository } from './taxii.repository.js';
import { changes } from './taxii.sync.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const TOKENS = { alice: 'alice-token-0123456789ab', bob: 'bob-token-0123456789abcd', vera: 'vera-token-0123456789abc' };
const API_TOKENS = `${TOKENS.alice}:alice:analyst,${TOKENS.bob}:bob:analyst,${TOKENS.vera}:vera:viewer`;
const validate = stixValidator();

async function as(who: keyof typeof TOKENS, query: string, variables: Record<string, unknown> = {}) {
  const res = await app.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS[who]}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

/** A TAXII client: the token as the Basic password (as OpenCTI and MISP send it), the TAXII media type. */
async function taxii(path: string, who: keyof typeof TOKENS | null = 'vera', auth: 'basic' | 'bearer' = 'basic') {
  const headers: Record<string, string> = { accept: TAXII_MEDIA };
  if (who) headers.authorization = auth === 'basic' ? `Basic ${Buffer.from(`${who}:${TOKENS[who]}`).toString('base64')}` : `Bearer ${TOKENS[who]}`;
  const res = await app.request(path, { headers });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

const CREATE = `mutation($input: InvestigationInput!) { createInvestigation(input: $input) { key version } }`;
const UPDATE = `mutation($id: ID!, $input: InvestigationChanges!) { updateInvestigation(id: $id, input: $input) { key version } }`;
const PUBLISH = `mutation($id: ID!, $published: Boolean!) { publishInvestigation(id: $id, published: $published) { key published feedUrl } }`;

let botnet: { ja4: string; ips: string[] };
let published: string;
let secret: string;
beforeAll(async () => {
  demo = await demoDb();
  app = testApp(loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent', AUTH_MODE: 'token', API_TOKENS, ALLOW_ANONYMOUS_READ: '0' }), demo.db);
  botnet = { ja4: demo.truth.botnet.ja4, ips: demo.truth.scenarios.botnet.ips.slice(0, 30) };
  const classify = `mutation($input: ClassifyInput!) { classify(input: $input) { id } }`;
  for (const ip of botnet.ips)
    await as('alice', classify, { input: { type: 'IP', value: ip, label: 'MALICIOUS', tags: ['BOT_NETWORK'], comment: '', confidence: 0.9 } });
  const investigation = (name: string, visibility: string, ips: string[]) => ({
    input: {
      name,
      description: 'Botnet behind one JA4',
      visibility,
      entities: [{ type: 'JA4', value: botnet.ja4 }, ...ips.map((value) => ({ type: 'IP', value }))],
      notes: [{ text: 'Same JA4 across many countries' }],
      canvas: { steps: [], window: 'LAST_7D', layout: 'fcose', positions: [], pinned: [], hidden: [] },
    },
  });
  published = (await as('alice', CREATE, investigation('Botnet JA4, shared', 'TEAM', botnet.ips.slice(0, 25)))).data.createInvestigation.key;
  secret = (await as('alice', CREATE, investigation('Private lead SECRET-NAME', 'PRIVATE', botnet.ips.slice(25)))).data.createInvestigation.key;
}, 120_000);

const collectionsOf = async (who: keyof typeof TOKENS = 'vera') =>
  (await taxii('/taxii2/api/collections/', who)).body.collections.map((c: any) => c.id) as string[];

/** OpenCTI's loop: objects/ with added_after and limit, following `next` until `more` is false. */
async function pullAll(collection: string, addedAfter?: string, limit = 20) {
  const objects: any[] = [];
  let next: string | undefined;
  let last: string | undefined;
  let pages = 0;
  do {
    const q = new URLSearchParams({ limit: String(limit) });
    if (addedAfter) q.set('added_after', addedAfter);
    if (next) q.set('next', next);
    const res = await taxii(`/taxii2/api/collections/${collection}/objects/?${q}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(TAXII_MEDIA);
    objects.push(...(res.body.objects ?? []));
    last = res.headers.get('x-taxii-date-added-last') ?? last;
    next = res.body.more ? res.body.next : undefined;
    pages++;
  } while (next);
  return { objects, last, pages };
}

describe('TAXII 2.1 feed', () => {
  it('discovery, API root and collections answer in the TAXII media type; the feed is read-only', async () => {
    const discovery = await taxii('/taxii2/');
    expect(discovery.status).toBe(200);
    expect(discovery.headers.get('content-type')).toBe(TAXII_MEDIA);
    expect(discovery.body.api_roots[0]).toMatch(/\/taxii2\/api\/$/);
    const root = await taxii('/taxii2/api/');
    expect(root.body.versions).toEqual([TAXII_MEDIA]);
    const posted = await app.request('/taxii2/api/collections/', { method: 'POST', headers: { authorization: `Bearer ${TOKENS.alice}` } });
    expect(posted.status).toBe(405);
  });

  it('only an investigation its owner published, shared with the team, is a collection; a private one is refused and never listed', async () => {
    expect(await collectionsOf()).toEqual([INDICATORS_COLLECTION]);
    const refused = await as('alice', PUBLISH, { id: secret, published: true });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const notOwner = await as('bob', PUBLISH, { id: published, published: true });
    expect(notOwner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const ok = await as('alice', PUBLISH, { id: published, published: true });
    expect(ok.data.publishInvestigation).toMatchObject({ key: published, published: true });
    expect(ok.data.publishInvestigation.feedUrl).toMatch(new RegExp(`/taxii2/api/collections/${published}/objects/$`));
    const listed = (await taxii('/taxii2/api/collections/')).body.collections;
    expect(listed.map((c: any) => c.id).sort()).toEqual([INDICATORS_COLLECTION, published].sort());
    expect(listed.find((c: any) => c.id === published)).toMatchObject({
      title: 'Botnet JA4, shared',
      can_read: true,
      can_write: false,
      media_types: [STIX_MEDIA],
    });
    const audit = await demo.db.query<{ actor: string }>(
      sql`SELECT toString(actor) AS actor FROM ${demo.db.table('audit_logs')} WHERE target = ${published} AND action = 'publish_investigation' AND outcome = 'success'`,
    );
    expect(audit).toEqual([{ actor: 'alice' }]);
  });

  it('OpenCTI’s pull: every page followed with next gives the export’s objects, each valid STIX 2.1; a second pull after a change gives only what changed', async () => {
    const first = await pullAll(published, undefined, 20);
    expect(first.pages).toBeGreaterThan(2);
    const ids = first.objects.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of first.objects) expect(validate(o), `${o.type} ${o.id}`).toBeNull();
    const indicators = first.objects.filter((o) => o.type === 'indicator');
    // every classified IP of the investigation is an indicator; nothing of the private one leaks
    expect(indicators.map((o) => o.pattern).sort()).toEqual(
      botnet.ips
        .slice(0, 25)
        .map((ip) => `[ipv4-addr:value = '${ip}']`)
        .sort(),
    );
    expect(JSON.stringify(first.objects)).not.toContain('SECRET-NAME');
    for (const ip of botnet.ips.slice(25)) expect(JSON.stringify(first.objects)).not.toContain(`'${ip}'`);

    // the same investigation, one IP fewer and a new description: the report changes, one indicator is revoked
    const dropped = botnet.ips[0]!;
    const changed = await as('alice', UPDATE, {
      id: published,
      input: {
        description: 'Botnet behind one JA4 — confirmed',
        entities: [{ type: 'JA4', value: botnet.ja4 }, ...botnet.ips.slice(1, 25).map((value) => ({ type: 'IP', value }))],
      },
    });
    expect(changed.errors).toBeUndefined();
    const second = await pullAll(published, first.last, 20);
    const byType = (type: string) => second.objects.filter((o) => o.type === type);
    expect(byType('report')).toHaveLength(1);
    expect(byType('report')[0].description).toContain('confirmed');
    const revoked = second.objects.filter((o) => o.revoked);
    expect(revoked.length).toBeGreaterThanOrEqual(1);
    expect(revoked.find((o) => o.type === 'indicator')?.pattern).toBe(`[ipv4-addr:value = '${dropped}']`);
    // what did not change is not sent again
    expect(second.objects.length).toBeLessThan(first.objects.length / 2);
    for (const o of second.objects) {
      expect(validate(o), `${o.type} ${o.id}`).toBeNull();
      const before = first.objects.find((f) => f.id === o.id);
      if (before?.modified) expect(Date.parse(o.modified)).toBeGreaterThan(Date.parse(before.modified));
    }
    // a third pull from where the second ended: nothing new
    expect((await pullAll(published, second.last)).objects).toEqual([]);
  });

  it('MISP’s pull: the manifest page by page, match[type], an object and its versions', async () => {
    const manifest = await taxii(`/taxii2/api/collections/${published}/manifest/?match[type]=indicator&limit=10`);
    expect(manifest.status).toBe(200);
    expect(manifest.body.objects).toHaveLength(10);
    expect(manifest.body.more).toBe(true);
    for (const m of manifest.body.objects) expect(m).toMatchObject({ media_type: STIX_MEDIA, id: expect.stringMatching(/^indicator--/) });
    const revokedId = (await pullAll(published)).objects.find((o) => o.revoked)!.id;
    const versions = await taxii(`/taxii2/api/collections/${published}/objects/${revokedId}/versions/`);
    expect(versions.body.versions).toHaveLength(2);
    const all = await taxii(`/taxii2/api/collections/${published}/objects/${revokedId}/?match[version]=all`);
    expect(all.body.objects.map((o: any) => Boolean(o.revoked))).toEqual([false, true]);
    const firstOnly = await taxii(`/taxii2/api/collections/${published}/objects/${revokedId}/?match[version]=first`);
    expect(firstOnly.body.objects).toHaveLength(1);
    expect(firstOnly.body.objects[0].revoked).toBeUndefined();
    const older = await taxii(`/taxii2/api/collections/${published}/objects/?match[spec_version]=2.0`);
    expect(older.body.objects).toBeUndefined();
  });

  it('the indicators collection holds every published investigation’s indicators and nothing else', async () => {
    const { objects } = await pullAll(INDICATORS_COLLECTION, undefined, 100);
    expect(objects.length).toBeGreaterThan(0);
    expect(new Set(objects.map((o) => o.type))).toEqual(new Set(['indicator']));
    const live = objects.filter((o) => !o.revoked).map((o) => o.pattern);
    expect(live.sort()).toEqual(
      botnet.ips
        .slice(1, 25)
        .map((ip) => `[ipv4-addr:value = '${ip}']`)
        .sort(),
    );
  });

  it('two instances syncing the same change at once store each new object version once', async () => {
    const repo = createTaxiiRepository(demo.db);
    const before = await repo.latest(published);
    // the investigation's next state, as two instances compute it from the same stored versions
    const objects: Record<string, unknown>[] = before
      .filter((r) => !r.revoked)
      .map((r) => ({ ...(JSON.parse(r.object) as Record<string, unknown>), description: `changed at once ${r.object_id}` }));
    const state = `concurrent-${Date.now()}`;
    await Promise.all([
      repo.store(published, state, changes(objects, before, Date.now())),
      repo.store(published, state, changes(objects, before, Date.now() + 7)),
    ]);
    const rows = await demo.db.query<{ object_id: string; n: number }>(
      sql`SELECT object_id, count() AS n FROM ${demo.db.table('taxii_objects')} WHERE collection = ${published} AND source = ${state} GROUP BY object_id`,
    );
    expect(rows.length).toBe(objects.length);
    expect(rows.every((r) => Number(r.n) === 1)).toBe(true);
    const versions = await taxii(`/taxii2/api/collections/${published}/objects/${String(objects[0]!.id)}/versions/`);
    expect(new Set(versions.body.versions).size).toBe(versions.body.versions.length);
  });

  it('a published investigation made private leaves the feed at once, with its objects', async () => {
    const other = (
      await as('bob', CREATE, {
        input: {
          name: 'Bob shared',
          visibility: 'TEAM',
          entities: [{ type: 'JA4', value: botnet.ja4 }],
          notes: [],
          canvas: { steps: [], window: 'LAST_7D', layout: 'fcose', positions: [], pinned: [], hidden: [] },
        },
      })
    ).data.createInvestigation;
    await as('bob', PUBLISH, { id: other.key, published: true });
    expect(await collectionsOf()).toContain(other.key);
    expect((await taxii(`/taxii2/api/collections/${other.key}/objects/`)).status).toBe(200);
    await as('bob', UPDATE, { id: other.key, input: { visibility: 'PRIVATE' } });
    expect(await collectionsOf()).not.toContain(other.key);
    const gone = await taxii(`/taxii2/api/collections/${other.key}/objects/`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ http_status: '404', title: 'Collection not found' });
    expect(JSON.stringify(gone.body)).not.toContain('Bob shared');
  });

  it('bad input and strangers get TAXII error objects with the right status', async () => {
    const cases: [string, keyof typeof TOKENS | null, number, RegExp][] = [
      [`/taxii2/api/collections/${published}/objects/?added_after=yesterday`, 'vera', 400, /added_after/],
      [`/taxii2/api/collections/${published}/objects/?limit=1000000000`, 'vera', 400, /limit/],
      [`/taxii2/api/collections/${published}/objects/?limit=0`, 'vera', 400, /limit/],
      [`/taxii2/api/collections/${published}/objects/?next=forged.cursor`, 'vera', 400, /not one this server issued/],
      [`/taxii2/api/collections/${published}/objects/?match[type]=<script>`, 'vera', 400, /match\[type\]/],
      [`/taxii2/api/collections/${published}/objects/?match[version]=newest`, 'vera', 400, /match\[version\]/],
      [`/taxii2/api/collections/00000000-0000-4000-8000-000000000000/objects/`, 'vera', 404, /no collection/],
      [`/taxii2/api/collections/${secret}/objects/`, 'alice', 404, /no collection/],
      [`/taxii2/api/collections/${secret}/manifest/`, 'bob', 404, /no collection/],
      [`/taxii2/api/collections/not-a-uuid/`, 'vera', 404, /no collection/],
      [`/taxii2/api/collections/${published}/objects/indicator--00000000-0000-4000-8000-000000000000/`, 'vera', 404, /no object/],
      ['/taxii2/api/collections/', null, 401, /token/],
    ];
    for (const [path, who, status, message] of cases) {
      const res = await taxii(path, who);
      expect(res.status, path).toBe(status);
      expect(res.headers.get('content-type'), path).toBe(TAXII_MEDIA);
      expect(res.body.http_status, path).toBe(String(status));
      expect(`${res.body.title} ${res.body.description}`, path).toMatch(message);
      expect(JSON.stringify(res.body), path).not.toMatch(/SECRET-NAME|SELECT|at \w+ \(/);
    }
    // a cursor is bound to its filters, and the Bearer form works as Basic does
    const page = await taxii(`/taxii2/api/collections/${published}/objects/?limit=5`, 'vera', 'bearer');
    expect(page.status).toBe(200);
    const reused = await taxii(`/taxii2/api/collections/${published}/objects/?limit=5&match[type]=indicator&next=${page.body.next}`);
    expect(reused.status).toBe(400);
    const wrongType = await app.request('/taxii2/api/collections/', { headers: { accept: 'text/html', authorization: `Bearer ${TOKENS.vera}` } });
    expect(wrongType.status).toBe(406);
    // a large limit is served as the largest page
    const big = await taxii(`/taxii2/api/collections/${published}/manifest/?limit=5000`);
    expect(big.status).toBe(200);
    expect(big.body.objects.length).toBeLessThanOrEqual(MAX_PAGE);
  });
});
