import { beforeAll, describe, expect, it } from 'vitest';
import { demoDb, type DemoDb } from '../../test/demo-db.js';
import { testApp } from '../../test/app.js';
import { loadConfig } from '../../config.js';
import { sql } from '../../db/sql.js';

let demo: DemoDb;
let app: ReturnType<typeof testApp>;
const TOKENS = { alice: 'alice-token-0123456789ab', bob: 'bob-token-0123456789abcd', vera: 'vera-token-0123456789abc', ada: 'ada-token-0123456789abcde' };
const API_TOKENS = `${TOKENS.alice}:alice:analyst,${TOKENS.bob}:bob:analyst,${TOKENS.vera}:vera:viewer,${TOKENS.ada}:ada:admin`;

async function as(who: keyof typeof TOKENS, query: string, variables: Record<string, unknown> = {}) {
  const res = await app.request('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKENS[who]}` },
    body: JSON.stringify({ query, variables }),
  });
  return {
    requestId: res.headers.get('x-request-id')!,
    ...((await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] }),
  };
}
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
const auditRows = (requestId: string) =>
  demo.db.query<{ outcome: string; actor: string; action: string; target_type: string; target: string }>(
    sql`SELECT toString(outcome) AS outcome, toString(actor) AS actor, toString(action) AS action, toString(target_type) AS target_type, target
        FROM ${demo.db.table('audit_logs')} WHERE request_id = ${requestId}`,
  );

const FIELDS = `key version name description owner visibility deleted canEdit canNote entityCount
  canvas { steps window layout positions { node x y } pinned hidden }
  notes { id text author entity { type key } }
  entities { type key ... on JA4 { uniqueIps } }`;
const CREATE = `mutation($input: InvestigationInput!) { createInvestigation(input: $input) { ${FIELDS} } }`;
const OPEN = `query($id: ID!) { investigation(id: $id) { ${FIELDS} } }`;
const LIST = `query($scope: InvestigationScope, $deleted: Boolean) { investigations(scope: $scope, deleted: $deleted) { totalCount items { key name owner visibility entityCount noteCount deleted } } }`;
const UPDATE = `mutation($id: ID!, $input: InvestigationChanges!) { updateInvestigation(id: $id, input: $input) { key name version visibility } }`;
const NOTE = `mutation($id: ID!, $input: InvestigationNoteInput!, $version: Float) { addInvestigationNote(id: $id, input: $input, version: $version) { id text author entity { key } investigation { version } } }`;

let botnet: { ja4: string; ip: string };
beforeAll(async () => {
  demo = await demoDb();
  app = testApp(loadConfig({ DATA_DIR: demo.dataDir, LOG_LEVEL: 'silent', AUTH_MODE: 'token', API_TOKENS, ALLOW_ANONYMOUS_READ: 'true' }), demo.db);
  botnet = { ja4: demo.truth.botnet.ja4, ip: demo.truth.scenarios.botnet.ips[0]! };
});

const newInvestigation = (name: string, extra: Record<string, unknown> = {}) => ({
  input: {
    name,
    description: 'Botnet behind **one** JA4',
    entities: [
      { type: 'JA4', value: botnet.ja4 },
      { type: 'IP', value: botnet.ip },
    ],
    notes: [{ text: 'Same JA4 across many countries' }, { entity: { type: 'IP', value: botnet.ip }, text: 'first IP seen' }],
    canvas: {
      steps: [`s|JA4|${botnet.ja4}`, `a|JA4|${botnet.ja4}`],
      window: 'LAST_24H',
      layout: 'concentric',
      positions: [{ node: `JA4:${botnet.ja4}`, x: 10.4, y: -3.6 }],
      pinned: [`JA4:${botnet.ja4}`],
      hidden: [],
    },
    ...extra,
  },
});

describe('saved investigations', () => {
  it('an analyst saves one with entities, notes and canvas; it opens with its entities as graph nodes, audited once', async () => {
    const res = await as('alice', CREATE, newInvestigation('Botnet JA4'));
    expect(res.errors).toBeUndefined();
    const inv = res.data.createInvestigation;
    expect(inv).toMatchObject({ name: 'Botnet JA4', owner: 'alice', visibility: 'PRIVATE', deleted: false, canEdit: true, entityCount: 2 });
    expect(inv.canvas).toEqual({
      steps: [`s|JA4|${botnet.ja4}`, `a|JA4|${botnet.ja4}`],
      window: 'LAST_24H',
      layout: 'concentric',
      positions: [{ node: `JA4:${botnet.ja4}`, x: 10, y: -4 }],
      pinned: [`JA4:${botnet.ja4}`],
      hidden: [],
    });
    expect(inv.notes.map((n: any) => [n.text, n.author, n.entity?.key ?? null])).toEqual([
      ['Same JA4 across many countries', 'alice', null],
      ['first IP seen', 'alice', botnet.ip],
    ]);
    expect(await auditRows(res.requestId)).toEqual([
      { outcome: 'success', actor: 'alice', action: 'create_investigation', target_type: 'investigation', target: inv.key },
    ]);

    const opened = await as('alice', OPEN, { id: inv.key });
    expect(opened.data.investigation.entities.map((e: any) => `${e.type}:${e.key}`)).toEqual([`JA4:${botnet.ja4}`, `IP:${botnet.ip}`]);
    // the JA4's fields come from the graph: the same as asking the graph for it over the investigation's window
    const w = await as('alice', `query($id: ID!) { investigation(id: $id) { window { since until } } }`, { id: inv.key });
    const direct = await as('alice', `query($v: String!, $w: TimeWindow) { entity(type: JA4, value: $v, window: $w) { uniqueIps } }`, {
      v: botnet.ja4,
      w: w.data.investigation.window,
    });
    expect(opened.data.investigation.entities[0].uniqueIps).toBe(direct.data.entity.uniqueIps);
    expect(direct.data.entity.uniqueIps).toBeGreaterThanOrEqual(1);
  });

  it('notes on an entity show on the entity for whoever may open the investigation', async () => {
    const { data } = await as('alice', CREATE, newInvestigation('Notes on an IP'));
    const entityNotes = `query($ip: IPAddress!) { ip(address: $ip) { notes { text author investigation { key } } } }`;
    const mine = await as('alice', entityNotes, { ip: botnet.ip });
    expect(mine.data.ip.notes.filter((n: any) => n.investigation.key === data.createInvestigation.key)).toEqual([
      { text: 'first IP seen', author: 'alice', investigation: { key: data.createInvestigation.key } },
    ]);
    const others = await as('bob', entityNotes, { ip: botnet.ip });
    expect(others.data.ip.notes.some((n: any) => n.investigation.key === data.createInvestigation.key)).toBe(false);
  });

  it('private ones are their owner’s; shared ones open for the team, and only the owner changes them', async () => {
    const { data } = await as('alice', CREATE, newInvestigation('Shared later'));
    const id = data.createInvestigation.key;
    expect(code(await as('bob', OPEN, { id }))).toBe('NOT_FOUND');
    expect((await as('bob', LIST, {})).data.investigations.items.some((i: any) => i.key === id)).toBe(false);
    expect((await as('alice', LIST, { scope: 'MINE' })).data.investigations.items.some((i: any) => i.key === id)).toBe(true);

    const shared = await as('alice', UPDATE, { id, input: { visibility: 'TEAM' } });
    expect(shared.data.updateInvestigation.visibility).toBe('TEAM');
    const bobList = await as('bob', LIST, { scope: 'SHARED' });
    expect(bobList.data.investigations.items.find((i: any) => i.key === id)).toMatchObject({
      owner: 'alice',
      visibility: 'TEAM',
      entityCount: 2,
      noteCount: 2,
    });
    const bobOpen = await as('bob', OPEN, { id });
    expect(bobOpen.data.investigation).toMatchObject({ canEdit: false, canNote: true });

    const rename = await as('bob', UPDATE, { id, input: { name: 'mine now' } });
    expect(code(rename)).toBe('FORBIDDEN');
    expect(await auditRows(rename.requestId)).toEqual([
      { outcome: 'refused', actor: 'bob', action: 'update_investigation', target_type: 'investigation', target: id },
    ]);
    const note = await as('bob', NOTE, { id, input: { text: 'seen it on host x too' } });
    expect(note.data.addInvestigationNote).toMatchObject({ text: 'seen it on host x too', author: 'bob' });

    // a viewer opens it and cannot write
    const vera = await as('vera', OPEN, { id });
    expect(vera.data.investigation).toMatchObject({ canEdit: false, canNote: false, name: 'Shared later' });
    const veraNote = await as('vera', NOTE, { id, input: { text: 'hello' } });
    expect(code(veraNote)).toBe('FORBIDDEN');
    expect((await auditRows(veraNote.requestId)).map((r) => r.outcome)).toEqual(['refused']);
    expect((await as('alice', OPEN, { id })).data.investigation.notes).toHaveLength(3);
  });

  it('renames, duplicates, deletes softly, and an admin restores', async () => {
    const { data } = await as('alice', CREATE, newInvestigation('To rename'));
    const id = data.createInvestigation.key;
    expect((await as('alice', UPDATE, { id, input: { name: 'Renamed' } })).data.updateInvestigation.name).toBe('Renamed');

    const dup = await as('bob', `mutation($id: ID!) { duplicateInvestigation(id: $id) { key name owner visibility notes { text author } } }`, { id });
    expect(code(dup)).toBe('NOT_FOUND'); // bob may not open alice's private one
    const copy = await as(
      'alice',
      `mutation($id: ID!) { duplicateInvestigation(id: $id, name: "Copy") { key name owner visibility notes { text } entityCount } }`,
      { id },
    );
    expect(copy.data.duplicateInvestigation).toMatchObject({ name: 'Copy', owner: 'alice', visibility: 'PRIVATE', entityCount: 2 });
    expect(copy.data.duplicateInvestigation.key).not.toBe(id);
    expect(copy.data.duplicateInvestigation.notes.map((n: any) => n.text)).toEqual(['Same JA4 across many countries', 'first IP seen']);

    const del = await as('alice', `mutation($id: ID!) { deleteInvestigation(id: $id) { deleted } }`, { id });
    expect(del.data.deleteInvestigation.deleted).toBe(true);
    expect(code(await as('alice', OPEN, { id }))).toBe('NOT_FOUND');
    expect((await as('alice', LIST, {})).data.investigations.items.some((i: any) => i.key === id)).toBe(false);
    expect(code(await as('alice', LIST, { deleted: true }))).toBe('FORBIDDEN');
    expect((await as('ada', LIST, { deleted: true })).data.investigations.items.find((i: any) => i.key === id)).toMatchObject({
      name: 'Renamed',
      deleted: true,
    });
    expect(code(await as('alice', `mutation($id: ID!) { restoreInvestigation(id: $id) { key } }`, { id }))).toBe('NOT_FOUND');
    const restored = await as('ada', `mutation($id: ID!) { restoreInvestigation(id: $id) { deleted name } }`, { id });
    expect(restored.data.restoreInvestigation).toEqual({ deleted: false, name: 'Renamed' });
    expect((await as('alice', OPEN, { id })).data.investigation.name).toBe('Renamed');
  });

  it('refuses a change made on a stale version (CONFLICT), and edits and removes notes', async () => {
    const { data } = await as('alice', CREATE, newInvestigation('Versions'));
    const id = data.createInvestigation.key;
    const v1 = data.createInvestigation.version;
    const added = await as('alice', NOTE, { id, input: { entity: { type: 'JA4', value: botnet.ja4 }, text: 'rule sent to IDS' }, version: v1 });
    // a note is a row of its own: the investigation's version moves only when its own fields change
    expect(added.data.addInvestigationNote.investigation.version).toBe(v1);
    const renamed = await as('alice', UPDATE, { id, input: { name: 'renamed', version: v1 } });
    expect(renamed.data.updateInvestigation.version).toBeGreaterThan(v1);
    const stale = await as('alice', UPDATE, { id, input: { name: 'late', version: v1 } });
    expect(code(stale)).toBe('CONFLICT');
    expect((await auditRows(stale.requestId)).map((r) => r.outcome)).toEqual(['invalid']);
    const noteId = added.data.addInvestigationNote.id;
    const edited = await as(
      'alice',
      `mutation($id: ID!, $n: String!) { updateInvestigationNote(id: $id, noteId: $n, text: "rule **sid 9000001** sent") { text } }`,
      { id, n: noteId },
    );
    expect(edited.data.updateInvestigationNote.text).toBe('rule **sid 9000001** sent');
    const removed = await as('alice', `mutation($id: ID!, $n: String!) { deleteInvestigationNote(id: $id, noteId: $n) { notes { id } } }`, { id, n: noteId });
    expect(removed.data.deleteInvestigationNote.notes.map((n: any) => n.id)).not.toContain(noteId);
    const ja4Notes = await as('alice', `query($v: String!) { entity(type: JA4, value: $v) { notes { investigation { key } } } }`, { v: botnet.ja4 });
    expect(ja4Notes.data.entity.notes.some((n: any) => n.investigation.key === id)).toBe(false);
  });

  it('turns down bad input with typed errors and audits each attempt', async () => {
    const unseen = await as('alice', CREATE, newInvestigation('Unseen', { entities: [{ type: 'IP', value: '192.0.2.250' }], notes: [] }));
    expect(code(unseen)).toBe('NOT_FOUND');
    expect(unseen.errors![0]!.message).toContain('IP:192.0.2.250');
    expect((await auditRows(unseen.requestId)).map((r) => [r.outcome, r.action])).toEqual([['invalid', 'create_investigation']]);
    expect(code(await as('alice', CREATE, newInvestigation('Bad key', { entities: [{ type: 'JA4', value: 'nonsense' }] })))).toBe('BAD_USER_INPUT');
    expect(code(await as('alice', CREATE, newInvestigation('   ')))).toBe('BAD_USER_INPUT');
    expect(code(await as('alice', OPEN, { id: 'not-an-id' }))).toBe('BAD_USER_INPUT');
    const viewer = await as('vera', CREATE, newInvestigation('Viewer'));
    expect(code(viewer)).toBe('FORBIDDEN');
    expect((await auditRows(viewer.requestId)).map((r) => r.outcome)).toEqual(['refused']);
  });

  it('is reachable through node() by its global id, and only for who may open it', async () => {
    const { data } = await as('alice', CREATE, newInvestigation('By node'));
    const gid = (await as('alice', `query($id: ID!) { investigation(id: $id) { id } }`, { id: data.createInvestigation.key })).data.investigation.id;
    const viaNode = await as('alice', `query($id: ID!) { node(id: $id) { ... on Investigation { name } } }`, { id: gid });
    expect(viaNode.data.node).toEqual({ name: 'By node' });
    expect((await as('bob', `query($id: ID!) { node(id: $id) { id } }`, { id: gid })).data.node).toBeNull();
  });
});
