import {
  RestCreateInvestigationDocument,
  RestDeleteInvestigationDocument,
  RestExportEntitiesDocument,
  RestInvestigationDocument,
  RestInvestigationExportDocument,
  RestInvestigationsDocument,
  RestUpdateInvestigationDocument,
  type EntityType,
  type ExportFormat,
  type ExportIdsPolicy,
  type InvestigationVisibility,
  type RestInvestigationFragment,
  type RestInvestigationSummaryFragment,
} from '../generated/graphql.js';
import { badRequest } from '../errors.js';
import { bodyText, ENTITY_TYPES, int, lookup, objectBody, oneOf, restSpelling, type Query } from '../params.js';
import { defineRoute, type FileResponse, type Route } from '../route.js';

const FORMATS: Record<string, ExportFormat> = { stix: 'STIX', misp: 'MISP', suricata: 'SURICATA', csv: 'CSV' };
const VISIBILITY: Record<string, InvestigationVisibility> = { private: 'PRIVATE', team: 'TEAM' };
const SCOPES = { mine: 'MINE', shared: 'SHARED', all: 'ALL' } as const;

type Body = Record<string, unknown>;

function entityRef(x: unknown, where: string): { type: EntityType; value: string } {
  const e = (x && typeof x === 'object' && !Array.isArray(x) ? x : {}) as Body;
  const type = typeof e.type === 'string' ? lookup(ENTITY_TYPES, e.type.toLowerCase()) : undefined;
  if (!type) throw badRequest(`${where}.type must be one of: ${Object.keys(ENTITY_TYPES).join(', ')}`);
  if (typeof e.value !== 'string' || !e.value || e.value.length > 2048) throw badRequest(`${where}.value must be a non-empty string`);
  return { type, value: e.value };
}

function entitiesOf(b: Body, required: boolean) {
  if (b.entities === undefined && !required) return undefined;
  if (!Array.isArray(b.entities)) throw badRequest('entities must be a list of {"type", "value"}');
  return b.entities.map((e, i) => entityRef(e, `entities[${i}]`));
}

function notesOf(b: Body) {
  if (b.notes === undefined) return undefined;
  if (!Array.isArray(b.notes)) throw badRequest('notes must be a list of {"entity"?, "text"}');
  return b.notes.map((n, i) => {
    const note = (n && typeof n === 'object' && !Array.isArray(n) ? n : {}) as Body;
    const text = bodyText(note, 'text', 10_000);
    if (!text) throw badRequest(`notes[${i}].text is required`);
    return { text, ...(note.entity == null ? {} : { entity: entityRef(note.entity, `notes[${i}].entity`) }) };
  });
}

function visibilityOf(b: Body) {
  const v = bodyText(b, 'visibility', 16);
  if (v === undefined) return undefined;
  const hit = lookup(VISIBILITY, v.toLowerCase());
  if (!hit) throw badRequest('visibility must be private or team');
  return hit;
}

const IDS_POLICIES: Record<string, ExportIdsPolicy> = { analyst: 'ANALYST', analyst_and_detector: 'ANALYST_AND_DETECTOR' };
const IDS_POLICY_PARAM = {
  name: 'ids_policy',
  description:
    'Which verdicts become IDS indicators: analyst (an analyst’s MALICIOUS only) or analyst_and_detector (also IPs the detector rated CRITICAL/HIGH). Default: the server’s EXPORT_IDS_POLICY.',
  enum: Object.keys(IDS_POLICIES),
};
const idsPolicyOf = (q: Query) => oneOf(q, ['ids_policy'], IDS_POLICIES) ?? null;

function formatOf(q: Query): ExportFormat {
  const f = oneOf(q, ['format'], FORMATS);
  if (!f) throw badRequest('format is required: stix, misp, suricata or csv');
  return f;
}

const entity = (e: { type: EntityType; key: string }) => ({ type: restSpelling(e.type), value: e.key });

const summary = (i: RestInvestigationSummaryFragment) => ({
  id: i.key,
  name: i.name,
  description: i.description,
  owner: i.owner,
  visibility: i.visibility.toLowerCase(),
  entity_count: i.entityCount,
  note_count: i.noteCount,
  created_at: i.createdAt,
  updated_at: i.updatedAt,
  ...(i.deleted ? { deleted: true } : {}),
});

const investigation = (i: RestInvestigationFragment) => ({
  id: i.key,
  version: i.version,
  name: i.name,
  description: i.description,
  owner: i.owner,
  visibility: i.visibility.toLowerCase(),
  created_at: i.createdAt,
  updated_at: i.updatedAt,
  window: i.window,
  entity_count: i.entityCount,
  entities: i.entities.map(entity),
  notes: i.notes.map((n) => ({
    id: n.id,
    text: n.text,
    author: n.author,
    created_at: n.createdAt,
    updated_at: n.updatedAt,
    entity: n.entity ? entity(n.entity) : null,
  })),
  canvas: { steps: i.canvas.steps, window: i.canvas.window, layout: i.canvas.layout, pinned: i.canvas.pinned, hidden: i.canvas.hidden },
  ...(i.deleted ? { deleted: true } : {}),
});

const file = (f: { filename: string; contentType: string; content: string }): FileResponse => ({
  body: f.content,
  contentType: f.contentType,
  filename: f.filename,
});

export const savedInvestigationRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/investigations',
    tag: 'Investigations',
    summary: 'Saved investigations the caller may open (own and shared), most recently changed first',
    query: [
      { name: 'scope', description: 'mine, shared or all (default).', enum: Object.keys(SCOPES) },
      { name: 'deleted', description: 'true: deleted ones (admins).' },
      { name: 'page', type: 'integer', description: 'From 1.' },
      { name: 'page_size', type: 'integer', description: '1–500, default 50.' },
    ],
    operation: RestInvestigationsDocument,
    variables: ({ query }) => {
      const first = int(query, ['page_size', 'limit'], { min: 1, max: 500, fallback: 50 });
      const page = int(query, ['page'], { min: 1, max: 200, fallback: 1 });
      return { scope: oneOf(query, ['scope'], SCOPES), deleted: query.deleted === 'true', first, offset: (page - 1) * first };
    },
    shape: (d) => ({ items: d.investigations.items.map(summary), total: d.investigations.totalCount }),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/investigations',
    tag: 'Investigations',
    status: 201,
    summary:
      'Save an investigation (analysts and admins; audited). Body: {name, description?, visibility?: private|team, entities: [{type: ip|ja4|asn|host|country|user_agent|subnet|campaign, value}], notes?: [{entity?: {type, value}, text}]}',
    operation: RestCreateInvestigationDocument,
    variables: ({ body }) => {
      const b = objectBody(body);
      const name = bodyText(b, 'name', 200);
      if (!name?.trim()) throw badRequest('name is required');
      return { input: { name, description: bodyText(b, 'description', 4000), visibility: visibilityOf(b), entities: entitiesOf(b, true), notes: notesOf(b) } };
    },
    shape: (d) => investigation(d.createInvestigation),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/investigations/{id}',
    tag: 'Investigations',
    summary: 'One saved investigation with its entities, notes and canvas',
    operation: RestInvestigationDocument,
    variables: ({ params }) => ({ id: params.id! }),
    shape: (d) => investigation(d.investigation),
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/investigations/{id}',
    tag: 'Investigations',
    summary:
      'Change a saved investigation (its owner and admins; audited). Body: {name?, description?, visibility?, entities?, version?} — with `version`, a change made since is a 409',
    operation: RestUpdateInvestigationDocument,
    variables: ({ params, body }) => {
      const b = objectBody(body);
      if (b.version !== undefined && typeof b.version !== 'number') throw badRequest('version must be the number GET returned');
      return {
        id: params.id!,
        input: {
          name: bodyText(b, 'name', 200),
          description: bodyText(b, 'description', 4000),
          visibility: visibilityOf(b),
          entities: entitiesOf(b, false),
          version: b.version as number | undefined,
        },
      };
    },
    shape: (d) => investigation(d.updateInvestigation),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/investigations/{id}',
    tag: 'Investigations',
    summary: 'Delete a saved investigation (its owner and admins; soft: admins restore it; audited)',
    operation: RestDeleteInvestigationDocument,
    variables: ({ params }) => ({ id: params.id! }),
    shape: (d) => ({ id: d.deleteInvestigation.key, deleted: d.deleteInvestigation.deleted }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/investigations/{id}/export',
    tag: 'Investigations',
    summary: 'Export a saved investigation: STIX 2.1 bundle, MISP event, Suricata rules or CSV',
    query: [
      { name: 'format', description: 'stix, misp, suricata or csv.', enum: Object.keys(FORMATS) },
      { name: 'ip_rules', description: 'suricata: true adds one rule per IP the IDS policy sends to an IDS.' },
      IDS_POLICY_PARAM,
    ],
    operation: RestInvestigationExportDocument,
    variables: ({ params, query }) => ({ id: params.id!, format: formatOf(query), ipRules: query.ip_rules === 'true', idsPolicy: idsPolicyOf(query) }),
    file: (d) => file(d.investigation.export),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/export',
    tag: 'Investigations',
    summary: 'Export an ad-hoc set of entities (same `entities` body as POST /api/investigations; `name` optional) in `format`',
    query: [
      { name: 'format', description: 'stix, misp, suricata or csv.', enum: Object.keys(FORMATS) },
      { name: 'ip_rules', description: 'suricata: true adds IP rules.' },
      IDS_POLICY_PARAM,
    ],
    operation: RestExportEntitiesDocument,
    variables: ({ body, query }) => {
      const b = objectBody(body);
      const entities = entitiesOf(b, true)!;
      if (!entities.length) throw badRequest('entities must hold at least one entity');
      return { entities, format: formatOf(query), ipRules: query.ip_rules === 'true', idsPolicy: idsPolicyOf(query), name: bodyText(b, 'name', 200) };
    },
    file: (d) => file(d.exportEntities),
  }),
];
