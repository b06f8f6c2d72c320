import {
  RestAcknowledgeAlertDocument,
  RestAlertDocument,
  RestAlertsDocument,
  RestAssignAlertDocument,
  RestCloseAlertDocument,
  RestCommentOnAlertDocument,
  RestCreateWatchDocument,
  RestDeleteWatchDocument,
  RestReopenAlertDocument,
  RestWatchesDocument,
  type AlertState,
  type RestAlertFragment,
  type RestWatchFragment,
  type ThreatLevel,
  type WatchRuleKind,
} from '../generated/graphql.js';
import { badRequest } from '../errors.js';
import { bodyText, ENTITY_TYPES, int, lookup, objectBody, oneOf, restSpelling, text, type Query } from '../params.js';
import { defineRoute, type Route } from '../route.js';

const STATES: Record<string, AlertState> = { new: 'NEW', acknowledged: 'ACKNOWLEDGED', closed: 'CLOSED' };
const RULES: Record<string, WatchRuleKind> = {
  returns_after_silence: 'RETURNS_AFTER_SILENCE',
  new_neighbours: 'NEW_NEIGHBOURS',
  detections: 'DETECTIONS',
  volume: 'VOLUME',
};
const LEVELS: Record<string, ThreatLevel> = { critical: 'CRITICAL', high: 'HIGH', medium: 'MEDIUM', low: 'LOW' };
type Body = Record<string, unknown>;

const lower = (s: string | null | undefined) => (s ? s.toLowerCase() : null);

const alert = (a: RestAlertFragment) => ({
  id: a.id,
  version: a.version,
  title: a.title,
  rule: a.rule,
  watch: { id: a.watch?.id ?? null, name: a.watchName },
  entity: { type: restSpelling(a.entity.type), value: a.entity.key },
  state: a.state.toLowerCase(),
  assignee: a.assignee ?? null,
  episode_start: a.episodeStart,
  last_hour: a.lastHour,
  raised_at: a.raisedAt,
  updated_at: a.updatedAt,
  evidence: a.evidence,
  comments: a.comments.map((c) => ({ id: c.id, text: c.text, author: c.author, created_at: c.createdAt })),
});

const watch = (w: RestWatchFragment) => ({
  id: w.id,
  version: w.version,
  name: w.name,
  entity: w.entity ? { type: restSpelling(w.entity.type), value: w.entity.key } : null,
  investigation_id: w.investigationId ?? null,
  rules: w.rules.map((r) => ({
    kind: r.kind.toLowerCase(),
    days: r.days ?? null,
    neighbour: r.neighbour ? restSpelling(r.neighbour) : null,
    level: lower(r.level),
    requests_per_hour: r.requestsPerHour ?? null,
    text: r.text,
  })),
  owner: w.owner,
  visibility: w.visibility.toLowerCase(),
  muted_until: w.mutedUntil ?? null,
  created_at: w.createdAt,
  updated_at: w.updatedAt,
});

/** `?entity_type=ja4&entity=…`: both or neither. */
function entityOf(query: Query) {
  const type = text(query, ['entity_type'], 20);
  const value = text(query, ['entity'], 2048);
  if (!type && !value) return null;
  const t = type ? lookup(ENTITY_TYPES, type.toLowerCase()) : undefined;
  if (!t || !value) throw badRequest(`entity_type (one of ${Object.keys(ENTITY_TYPES).join(', ')}) and entity go together`);
  return { type: t, value };
}

function versionOf(body: unknown) {
  if (body === undefined || body === null || body === '') return null;
  const b = objectBody(body);
  if (b.version !== undefined && typeof b.version !== 'number') throw badRequest('version must be the number GET returned');
  return (b.version as number | undefined) ?? null;
}

function rulesOf(b: Body) {
  if (!Array.isArray(b.rules) || !b.rules.length) throw badRequest('rules must be a non-empty list of {"kind", …}');
  return b.rules.map((x, i) => {
    const r = (x && typeof x === 'object' && !Array.isArray(x) ? x : {}) as Body;
    const kind = typeof r.kind === 'string' ? lookup(RULES, r.kind.toLowerCase()) : undefined;
    if (!kind) throw badRequest(`rules[${i}].kind must be one of ${Object.keys(RULES).join(', ')}`);
    const num = (k: string) => {
      if (r[k] === undefined || r[k] === null) return null;
      if (typeof r[k] !== 'number') throw badRequest(`rules[${i}].${k} must be a number`);
      return r[k];
    };
    const neighbour = typeof r.neighbour === 'string' ? lookup(ENTITY_TYPES, r.neighbour.toLowerCase()) : undefined;
    if (r.neighbour !== undefined && !neighbour) throw badRequest(`rules[${i}].neighbour must be one of ${Object.keys(ENTITY_TYPES).join(', ')}`);
    const level = typeof r.level === 'string' ? lookup(LEVELS, r.level.toLowerCase()) : undefined;
    if (r.level !== undefined && !level) throw badRequest(`rules[${i}].level must be one of ${Object.keys(LEVELS).join(', ')}`);
    return { kind, days: num('days'), neighbour: neighbour ?? null, level: level ?? null, requestsPerHour: num('requests_per_hour') };
  });
}

const stateSummary = (summary: string) =>
  `${summary} (analysts and admins who see it; audited). Body: {version?} — with \`version\`, a change made since is a 409`;
const stateVariables = ({ params, body }: { params: Record<string, string | undefined>; body: unknown }) => ({ id: params.id!, version: versionOf(body) });

export const alertRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/alerts/raised',
    tag: 'Alerts',
    summary:
      'Alerts raised by watches that the caller may see (their own and the team’s), newest first, with how many are new (`GET /api/alerts` stays the legacy feed of recent detections)',
    query: [
      { name: 'state', description: 'Comma list of new, acknowledged, closed (default: all).' },
      { name: 'scope', description: 'mine: only the caller’s own watches’ alerts; visible (default).', enum: ['mine', 'visible'] },
      { name: 'watch', description: 'Raised by this watch (its id).' },
      { name: 'entity_type', description: 'With `entity`: on this entity.', enum: Object.keys(ENTITY_TYPES) },
      { name: 'entity', description: 'The entity’s value.' },
      { name: 'assignee', description: 'Assigned to this user ("" for nobody).' },
      { name: 'page', type: 'integer', description: 'From 1.' },
      { name: 'page_size', type: 'integer', description: '1–500, default 50.' },
    ],
    operation: RestAlertsDocument,
    variables: ({ query }) => {
      const states = query.state
        ? query.state.split(',').map((s) => {
            const st = lookup(STATES, s.trim().toLowerCase());
            if (!st) throw badRequest(`state must be a comma list of ${Object.keys(STATES).join(', ')}`);
            return st;
          })
        : null;
      const first = int(query, ['page_size', 'limit'], { min: 1, max: 500, fallback: 50 });
      const page = int(query, ['page'], { min: 1, max: 200, fallback: 1 });
      return {
        states,
        scope: oneOf(query, ['scope'], { mine: 'MINE', visible: 'VISIBLE' } as const) ?? null,
        watch: text(query, ['watch'], 64) ?? null,
        entity: entityOf(query),
        assignee: query.assignee ?? null,
        first,
        offset: (page - 1) * first,
      };
    },
    shape: (d) => ({ items: d.alerts.items.map(alert), total: d.alerts.totalCount, new: d.alerts.newCount }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/alerts/{id}',
    tag: 'Alerts',
    summary: 'One alert with its evidence and comments',
    operation: RestAlertDocument,
    variables: ({ params }) => ({ id: params.id! }),
    shape: (d) => alert(d.alert),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/alerts/{id}/acknowledge',
    tag: 'Alerts',
    summary: stateSummary('Mark an alert as being worked on'),
    operation: RestAcknowledgeAlertDocument,
    variables: stateVariables,
    shape: (d) => alert(d.acknowledgeAlert),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/alerts/{id}/close',
    tag: 'Alerts',
    summary: stateSummary('Close an alert: its episode never raises it again'),
    operation: RestCloseAlertDocument,
    variables: stateVariables,
    shape: (d) => alert(d.closeAlert),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/alerts/{id}/reopen',
    tag: 'Alerts',
    summary: stateSummary('Set an alert back to new'),
    operation: RestReopenAlertDocument,
    variables: stateVariables,
    shape: (d) => alert(d.reopenAlert),
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/alerts/{id}/assignee',
    tag: 'Alerts',
    summary: 'Assign an alert (audited). Body: {assignee: user or null, version?}',
    operation: RestAssignAlertDocument,
    variables: ({ params, body }) => {
      const b = objectBody(body);
      if (b.assignee !== null && b.assignee !== undefined && typeof b.assignee !== 'string') throw badRequest('assignee must be a user name or null');
      return { id: params.id!, assignee: (b.assignee as string | null | undefined) ?? null, version: versionOf(body) };
    },
    shape: (d) => alert(d.assignAlert),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/alerts/{id}/comments',
    tag: 'Alerts',
    status: 201,
    summary: 'Comment on an alert (audited). Body: {text}',
    operation: RestCommentOnAlertDocument,
    variables: ({ params, body }) => {
      const t = bodyText(objectBody(body), 'text', 10_000);
      if (!t?.trim()) throw badRequest('text is required');
      return { id: params.id!, text: t };
    },
    shape: (d) => ({ id: d.commentOnAlert.id, text: d.commentOnAlert.text, author: d.commentOnAlert.author, created_at: d.commentOnAlert.createdAt }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/watches',
    tag: 'Alerts',
    summary: 'The watches the caller sees (own and the team’s), most recently changed first',
    query: [
      { name: 'entity_type', description: 'With `entity`: only the watches on this entity.', enum: Object.keys(ENTITY_TYPES) },
      { name: 'entity', description: 'The entity’s value.' },
      { name: 'page', type: 'integer', description: 'From 1.' },
      { name: 'page_size', type: 'integer', description: '1–500, default 50.' },
    ],
    operation: RestWatchesDocument,
    variables: ({ query }) => {
      const first = int(query, ['page_size', 'limit'], { min: 1, max: 500, fallback: 50 });
      const page = int(query, ['page'], { min: 1, max: 200, fallback: 1 });
      return { entity: entityOf(query), first, offset: (page - 1) * first };
    },
    shape: (d) => ({ items: d.watches.items.map(watch), total: d.watches.totalCount }),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/watches',
    tag: 'Alerts',
    status: 201,
    summary:
      'Watch an entity or a saved investigation (analysts and admins; audited). Body: {name?, entity: {type, value} | investigation: id, rules: [{kind: returns_after_silence|new_neighbours|detections|volume, days?, neighbour?, level?, requests_per_hour?}], visibility?: private|team}',
    operation: RestCreateWatchDocument,
    variables: ({ body }) => {
      const b = objectBody(body);
      const e = b.entity && typeof b.entity === 'object' ? (b.entity as Body) : undefined;
      const type = e && typeof e.type === 'string' ? lookup(ENTITY_TYPES, e.type.toLowerCase()) : undefined;
      if (e && (!type || typeof e.value !== 'string')) throw badRequest(`entity must be {"type": one of ${Object.keys(ENTITY_TYPES).join(', ')}, "value"}`);
      const visibility = bodyText(b, 'visibility', 16);
      if (visibility !== undefined && !['private', 'team'].includes(visibility.toLowerCase())) throw badRequest('visibility must be private or team');
      return {
        input: {
          name: bodyText(b, 'name', 200) ?? null,
          entity: e ? { type: type!, value: e.value as string } : null,
          investigation: bodyText(b, 'investigation', 64) ?? null,
          rules: rulesOf(b),
          visibility: visibility ? (visibility.toUpperCase() as 'PRIVATE' | 'TEAM') : null,
        },
      };
    },
    shape: (d) => watch(d.createWatch),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/watches/{id}',
    tag: 'Alerts',
    summary: 'Stop a watch (its owner and admins; audited); its alerts stay',
    operation: RestDeleteWatchDocument,
    variables: ({ params }) => ({ id: params.id! }),
    shape: (d) => ({ id: d.deleteWatch.id, deleted: true }),
  }),
];
