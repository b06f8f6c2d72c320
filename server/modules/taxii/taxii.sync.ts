import { createHash } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../../context.js';
import { chTime } from '../../db/versioned.js';
import { investigationsWithNotes, utc } from '../saved-investigation/saved-investigation.refs.js';
import { createTaxiiRepository, type ObjectRow } from './taxii.repository.js';

type InvestigationRow = Awaited<ReturnType<typeof investigationsWithNotes>>[number];

/** What the feed publishes of an investigation: its export's STIX objects (given by the composition root). */
export type StixOf = (schema: GraphQLSchema, ctx: Context, row: InvestigationRow) => Promise<Record<string, unknown>[]>;

/** An investigation a feed may publish: shared with the team and not deleted. Private ones never are. */
export const publishable = (row: Pick<InvestigationRow, 'visibility' | 'deleted'>) => row.visibility === 'team' && !row.deleted;

/** The state of an investigation the feed follows: its version and its notes' revisions. */
export function stateOf(row: InvestigationRow): string {
  const notes = row.notes.map((n) => `${n.id}@${n.revision}`).join(',');
  return `${row.version}:${createHash('sha256').update(notes).digest('hex').slice(0, 16)}`;
}

/** What makes two versions of an object the same: everything but the times a new version sets. */
const contentHash = (o: Record<string, unknown>) => {
  const { modified: _m, published: _p, ...rest } = o;
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
};

const iso = (ms: number) => new Date(ms).toISOString();
const chMs = (s: string) => utc(s).getTime();

/**
 * The object versions a collection gains from a new state of its investigation: an object whose
 * content changed (or is new) gets a version stamped now — later than any it had — with `modified`
 * (and a report's `published`) saying so; an unchanged one keeps the version a client already
 * holds; a domain object the investigation no longer holds is revoked. Observables (no `created`)
 * cannot be revoked in STIX: they stay as they were.
 */
export function changes(objects: Record<string, unknown>[], latest: ObjectRow[], now: number): Omit<ObjectRow, 'collection'>[] {
  const before = new Map(latest.map((r) => [r.object_id, r]));
  const out: Omit<ObjectRow, 'collection'>[] = [];
  const added = chTime(new Date(now));
  const versionAfter = (prev: ObjectRow | undefined) => Math.max(now, prev ? chMs(prev.version) + 1 : 0);
  const seen = new Set<string>();
  for (const o of objects) {
    const id = String(o.id);
    seen.add(id);
    const hash = contentHash(o);
    const prev = before.get(id);
    if (prev && !prev.revoked && prev.content_hash === hash) continue;
    const version = versionAfter(prev);
    const body = { ...o };
    if ('modified' in body) body.modified = iso(version);
    if (body.type === 'report') body.published = iso(version);
    out.push({
      object_id: id,
      version: chTime(new Date(version)),
      date_added: added,
      type: String(o.type),
      content_hash: hash,
      revoked: 0,
      object: JSON.stringify(body),
    });
  }
  for (const prev of latest) {
    if (seen.has(prev.object_id) || prev.revoked) continue;
    const body = JSON.parse(prev.object) as Record<string, unknown>;
    if (!('created' in body)) continue;
    const version = versionAfter(prev);
    out.push({
      object_id: prev.object_id,
      version: chTime(new Date(version)),
      date_added: added,
      type: prev.type,
      content_hash: 'revoked',
      revoked: 1,
      object: JSON.stringify({ ...body, modified: iso(version), revoked: true }),
    });
  }
  return out;
}

const running = new Map<string, Promise<void>>();

/**
 * Brings the collections of these published investigations up to their investigations' current
 * state, each at most once at a time in this process (another instance syncing the same state at
 * once stores nothing twice: the insert's token). Returns the investigations, for the caller's use.
 */
export async function syncCollections(ctx: Context, schema: GraphQLSchema, stixOf: StixOf, ids: string[]): Promise<InvestigationRow[]> {
  const rows = (await investigationsWithNotes(ctx.db, ids)).filter(publishable);
  if (!rows.length) return rows;
  const repo = createTaxiiRepository(ctx.db);
  const synced = new Map((await repo.syncs(rows.map((r) => r.id))).map((s) => [s.collection, s.source]));
  await Promise.all(
    rows
      .filter((r) => synced.get(r.id) !== stateOf(r))
      .map((row) => {
        let job = running.get(row.id);
        if (!job) {
          job = (async () => {
            const [objects, latest] = await Promise.all([stixOf(schema, ctx, row), repo.latest(row.id)]);
            await repo.store(row.id, stateOf(row), changes(objects, latest, Date.now()));
          })().finally(() => running.delete(row.id));
          running.set(row.id, job);
        }
        return job;
      }),
  );
  return rows;
}
