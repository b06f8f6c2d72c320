import { v5 as uuidv5 } from 'uuid';
import type { Context as HonoContext, Hono } from 'hono';
import type { GraphQLSchema } from 'graphql';
import { createContext, type AppDeps, type HttpEnv } from '../../context.js';
import { needsIdentity } from '../../auth.js';
import { investigationsById, utc } from '../saved-investigation/saved-investigation.refs.js';
import { createTaxiiRepository, type ObjectFilter, type ObjectRow } from './taxii.repository.js';
import { createCursors, type Position } from './taxii.cursor.js';
import { publishable, syncCollections, type StixOf } from './taxii.sync.js';

export const TAXII_MEDIA = 'application/taxii+json;version=2.1';
export const STIX_MEDIA = 'application/stix+json;version=2.1';
/** The collection of every published investigation's indicators. */
export const INDICATORS_COLLECTION = uuidv5('ja4graph/taxii/indicators', '6f7b1c2e-3f4a-5b6c-8d9e-0a1b2c3d4e5f');
/** Objects per page at most; a larger `limit` is served as this (TAXII: the server may return fewer). */
export const MAX_PAGE = 1000;
const LIMIT_CEILING = 1_000_000;

const ROOT = '/taxii2/api/';
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;
const STIX_TYPE = /^[a-z0-9][a-z0-9-]{0,62}$/;
const STIX_ID = /^[a-z0-9][a-z0-9-]{0,62}--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

class TaxiiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 406 | 429 | 503,
    readonly title: string,
    readonly description: string,
  ) {
    super(title);
  }
}

const stamp = (ch: string) => utc(ch).toISOString();

interface Deps {
  deps: AppDeps;
  schema: GraphQLSchema;
  stixOf: StixOf;
  /** Counts the request against the caller's request rate: false when over it. */
  pace: (c: HonoContext<HttpEnv>) => { ok: boolean; retryAfterS?: number };
  ready: () => { ready: boolean; reason?: string };
}

/**
 * A read-only TAXII 2.1 server (OASIS TAXII 2.1 CS01): discovery, one API root, a collection per
 * published investigation and one of every published indicator; their objects, manifests, objects
 * by id and versions, with `added_after`, `limit`/`next`, `match[id|type|version|spec_version]`.
 * Same identities as the API (a token as Bearer, or as the Basic password); private investigations
 * are never published, and a collection nobody may see is reported as not existing.
 */
export function mountTaxii(app: Hono<HttpEnv>, { deps, schema, stixOf, pace, ready }: Deps) {
  const { config } = deps;
  const cursors = createCursors(config.auth.sessionSecret);

  const send = (c: HonoContext<HttpEnv>, body: unknown, status: 200 | 400 | 401 | 403 | 404 | 406 | 429 | 503 = 200, rows?: { date_added: string }[]) => {
    if (rows?.length) {
      c.header('X-TAXII-Date-Added-First', stamp(rows[0]!.date_added));
      c.header('X-TAXII-Date-Added-Last', stamp(rows[rows.length - 1]!.date_added));
    }
    c.header('Content-Type', TAXII_MEDIA);
    return c.body(JSON.stringify(body), status);
  };
  const fail = (c: HonoContext<HttpEnv>, e: TaxiiError) => {
    if (e.status === 401) c.header('WWW-Authenticate', 'Basic realm="ja4graph TAXII", Bearer');
    return send(c, { title: e.title, description: e.description, http_status: String(e.status) }, e.status);
  };

  /** Who may read, in which media type: checked before any work. */
  const admit = (c: HonoContext<HttpEnv>) => {
    const r = ready();
    if (!r.ready) throw new TaxiiError(503, 'Service unavailable', `The service is starting: ${r.reason ?? 'ClickHouse is not ready'}.`);
    const { viewer, authFailure } = c.get('request');
    if (authFailure)
      throw new TaxiiError(
        authFailure.status,
        authFailure.code === 'FORBIDDEN' ? 'Forbidden' : authFailure.status === 503 ? 'Service unavailable' : 'Unauthorized',
        authFailure.message,
      );
    if (needsIdentity(config, viewer))
      throw new TaxiiError(401, 'Unauthorized', 'Send a token: as the password of HTTP Basic, or as Authorization: Bearer <token>.');
    const accept = c.req.header('accept');
    if (accept && !/application\/taxii\+json|\*\/\*|application\/\*/i.test(accept))
      throw new TaxiiError(406, 'Not acceptable', `This server answers ${TAXII_MEDIA}.`);
    const paced = pace(c);
    if (!paced.ok) {
      c.header('Retry-After', String(paced.retryAfterS ?? 5));
      throw new TaxiiError(429, 'Too many requests', `Too many requests in a short time; retry in ${paced.retryAfterS ?? 5} s.`);
    }
    return createContext(deps, c.get('request'));
  };

  const route = (path: string, handler: (c: HonoContext<HttpEnv>) => Promise<Response>) => {
    const wrapped = async (c: HonoContext<HttpEnv>) => {
      try {
        return await handler(c);
      } catch (err) {
        if (err instanceof TaxiiError) return fail(c, err);
        deps.logger.error({ err, requestId: c.get('requestId') }, 'taxii request failed');
        return fail(c, new TaxiiError(503, 'Service unavailable', `The collection could not be read; retry in a moment (request ${c.get('requestId')}).`));
      }
    };
    app.get(path, wrapped);
    app.get(path.replace(/\/$/, ''), wrapped);
  };

  /** The collections this caller may read: published, shared with the team, not deleted. */
  const collections = async (ctx: ReturnType<typeof createContext>) => {
    const ids = (await createTaxiiRepository(ctx.db).published()).map((r) => r.id);
    const rows = await investigationsById(ctx.db, ids);
    return [...rows.values()].filter((r) => publishable({ visibility: r.visibility, deleted: 0 }));
  };
  const describeCollection = (id: string, title: string, description: string) => ({
    id,
    title,
    description,
    can_read: true,
    can_write: false,
    media_types: [STIX_MEDIA],
  });
  const indicatorsCollection = () => describeCollection(INDICATORS_COLLECTION, 'Published indicators', 'Every indicator of every published investigation.');
  /** The collection asked for, its objects brought up to date; not found when the caller may not see it. */
  const open = async (c: HonoContext<HttpEnv>) => {
    const ctx = admit(c);
    const id = c.req.param('id') ?? '';
    const visible = await collections(ctx);
    const ids = id === INDICATORS_COLLECTION ? visible.map((v) => v.id) : visible.some((v) => v.id === id) ? [id] : null;
    if (!UUID.test(id) || !ids) throw new TaxiiError(404, 'Collection not found', `There is no collection ${id.slice(0, 64)} you may read.`);
    await syncCollections(ctx, schema, stixOf, ids);
    return { ctx, id, ids, indicators: id === INDICATORS_COLLECTION };
  };

  /** TAXII's filters and page from the query string, checked; the scope a cursor is bound to. */
  const filterOf = (c: HonoContext<HttpEnv>, ids: string[], indicators: boolean, objectId?: string): { filter: ObjectFilter; scope: string; none: boolean } => {
    const q = (name: string) => c.req.query(name);
    const list = (name: string) =>
      (q(name) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    const addedAfter = q('added_after');
    if (addedAfter !== undefined && (!TIMESTAMP.test(addedAfter) || Number.isNaN(Date.parse(addedAfter))))
      throw new TaxiiError(400, 'Bad added_after', '`added_after` is an RFC 3339 UTC timestamp, e.g. 2026-12-01T00:00:00.000Z.');
    const limitText = q('limit');
    const limit = limitText === undefined ? MAX_PAGE : Number(limitText);
    if (!Number.isInteger(limit) || limit < 1 || limit > LIMIT_CEILING)
      throw new TaxiiError(400, 'Bad limit', `\`limit\` is a whole number from 1 to ${LIMIT_CEILING} (pages hold at most ${MAX_PAGE} objects).`);
    const types = list('match[type]');
    if (types.some((t) => !STIX_TYPE.test(t)))
      throw new TaxiiError(400, 'Bad match[type]', '`match[type]` is a comma list of STIX types, e.g. indicator,ipv4-addr.');
    const matchIds = list('match[id]');
    if (matchIds.some((i) => !STIX_ID.test(i))) throw new TaxiiError(400, 'Bad match[id]', '`match[id]` is a comma list of STIX ids (type--uuid).');
    const versionWords = list('match[version]');
    if (versionWords.some((v) => !['last', 'first', 'all'].includes(v) && !TIMESTAMP.test(v)))
      throw new TaxiiError(400, 'Bad match[version]', '`match[version]` is last, first, all, or a comma list of timestamps.');
    const specs = list('match[spec_version]');
    if (specs.some((s) => !/^\d\.\d$/.test(s))) throw new TaxiiError(400, 'Bad match[spec_version]', '`match[spec_version]` is a comma list such as 2.1.');
    const versions: ObjectFilter['versions'] = versionWords.includes('all')
      ? 'all'
      : versionWords.some((v) => TIMESTAMP.test(v))
        ? versionWords.filter((v) => TIMESTAMP.test(v))
        : versionWords.includes('first') && !versionWords.includes('last')
          ? 'first'
          : 'last';
    const filter: ObjectFilter = {
      collections: ids,
      types: indicators ? ['indicator'] : types,
      ids: objectId ? [objectId] : matchIds,
      versions,
      addedAfter: addedAfter ? new Date(addedAfter) : undefined,
      limit: Math.min(limit, MAX_PAGE),
    };
    if (indicators && types.length && !types.includes('indicator')) filter.ids = ['none--00000000-0000-0000-0000-000000000000'];
    const scope = JSON.stringify([
      c.req.param('id'),
      objectId ?? '',
      c.req.path.endsWith('manifest/') ? 'm' : '',
      types,
      matchIds,
      versionWords,
      specs,
      addedAfter ?? '',
    ]);
    const next = q('next');
    if (next !== undefined) {
      const at = cursors.open(scope, next);
      if ('error' in at) throw new TaxiiError(400, 'Bad next', at.error);
      filter.after = at;
    }
    return { filter, scope, none: specs.length > 0 && !specs.includes('2.1') };
  };
  const paged = <R extends { date_added: string; object_id: string; version: string }>(rows: R[], f: ObjectFilter, scope: string) => {
    const page = rows.slice(0, f.limit);
    const last = page[page.length - 1];
    const more = rows.length > f.limit && last !== undefined;
    const at: Position | undefined = last && { dateAdded: last.date_added, id: last.object_id, version: last.version };
    return { page, more, next: more && at ? cursors.seal(scope, at) : undefined };
  };
  const envelope = (rows: ObjectRow[], more: boolean, next?: string) => ({
    more,
    ...(next ? { next } : {}),
    ...(rows.length ? { objects: rows.map((r) => JSON.parse(r.object) as unknown) } : {}),
  });

  route('/taxii2/', async (c) => {
    admit(c);
    const base = config.alerting.publicUrl.startsWith('http://localhost') ? new URL(c.req.url).origin : config.alerting.publicUrl;
    return send(c, {
      title: 'ja4graph TAXII 2.1',
      description: 'Published investigations of the ja4graph SOC graph, as STIX 2.1.',
      default: `${base}${ROOT}`,
      api_roots: [`${base}${ROOT}`],
    });
  });

  route(ROOT, async (c) => {
    admit(c);
    return send(c, {
      title: 'ja4graph',
      description: 'Saved investigations the analysts published, and their indicators.',
      versions: [TAXII_MEDIA],
      max_content_length: 0,
    });
  });

  route(`${ROOT}collections/`, async (c) => {
    const ctx = admit(c);
    const rows = await collections(ctx);
    return send(c, {
      collections: [
        indicatorsCollection(),
        ...rows
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((r) => describeCollection(r.id, r.name, `Saved investigation ${r.name}, owned by ${r.owner}.`)),
      ],
    });
  });

  route(`${ROOT}collections/:id/`, async (c) => {
    const ctx = admit(c);
    const id = c.req.param('id') ?? '';
    if (id === INDICATORS_COLLECTION) return send(c, indicatorsCollection());
    const r = (await collections(ctx)).find((v) => v.id === id);
    if (!r) throw new TaxiiError(404, 'Collection not found', `There is no collection ${id.slice(0, 64)} you may read.`);
    return send(c, describeCollection(r.id, r.name, `Saved investigation ${r.name}, owned by ${r.owner}.`));
  });

  route(`${ROOT}collections/:id/objects/`, async (c) => {
    const { ctx, ids, indicators } = await open(c);
    const { filter, scope, none } = filterOf(c, ids, indicators);
    const { page, more, next } = paged(none ? [] : await createTaxiiRepository(ctx.db).page(filter), filter, scope);
    return send(c, envelope(page, more, next), 200, page);
  });

  route(`${ROOT}collections/:id/manifest/`, async (c) => {
    const { ctx, ids, indicators } = await open(c);
    const { filter, scope, none } = filterOf(c, ids, indicators);
    const { page, more, next } = paged(none ? [] : await createTaxiiRepository(ctx.db).manifest(filter), filter, scope);
    return send(
      c,
      {
        more,
        ...(next ? { next } : {}),
        ...(page.length
          ? { objects: page.map((r) => ({ id: r.object_id, date_added: stamp(r.date_added), version: stamp(r.version), media_type: STIX_MEDIA })) }
          : {}),
      },
      200,
      page,
    );
  });

  const oneObject = async (c: HonoContext<HttpEnv>) => {
    const objectId = c.req.param('objectId') ?? '';
    if (!STIX_ID.test(objectId)) throw new TaxiiError(404, 'Object not found', 'That is not a STIX id (type--uuid).');
    const opened = await open(c);
    const repo = createTaxiiRepository(opened.ctx.db);
    const exists = await repo.manifest({ collections: opened.ids, ids: [objectId], types: opened.indicators ? ['indicator'] : [], versions: 'all', limit: 1 });
    if (!exists.length) throw new TaxiiError(404, 'Object not found', `The collection holds no object ${objectId}.`);
    return { ...opened, objectId, repo };
  };

  route(`${ROOT}collections/:id/objects/:objectId/`, async (c) => {
    const { ids, indicators, objectId, repo } = await oneObject(c);
    const { filter, scope, none } = filterOf(c, ids, indicators, objectId);
    const { page, more, next } = paged(none ? [] : await repo.page(filter), filter, scope);
    return send(c, envelope(page, more, next), 200, page);
  });

  route(`${ROOT}collections/:id/objects/:objectId/versions/`, async (c) => {
    const { ids, indicators, objectId, repo } = await oneObject(c);
    const { filter, scope, none } = filterOf(c, ids, indicators, objectId);
    filter.versions = 'all';
    const { page, more, next } = paged(none ? [] : await repo.manifest(filter), filter, scope);
    return send(c, { more, ...(next ? { next } : {}), ...(page.length ? { versions: page.map((r) => stamp(r.version)) } : {}) }, 200, page);
  });

  // the feed is read-only: a write anywhere under it is refused the TAXII way
  app.on(['POST', 'PUT', 'DELETE', 'PATCH'], '/taxii2/*', (c) => {
    c.header('Allow', 'GET');
    return send(c, { title: 'Method not allowed', description: 'This TAXII server is read-only.', http_status: '405' }, 405 as never);
  });
}
