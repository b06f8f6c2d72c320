import {
  LegacyAuditLogDocument,
  LegacyAuditStatsDocument,
  LegacyClassificationStatsDocument,
  LegacyClassificationsDocument,
  LegacyClassifyDocument,
  LegacyRecordAuditDocument,
  type ClassificationTag,
  type LegacyClassificationFragment,
} from '../generated/graphql.js';
import { badRequest } from '../errors.js';
import { bodyText, ENTITY_TYPES, int, lookup, objectBody, oneOf, text, type Query } from '../params.js';
import { defineRoute, type Route } from '../route.js';

const LABELS = { legitimate: 'LEGITIMATE', suspicious: 'SUSPICIOUS', malicious: 'MALICIOUS', bot: 'MALICIOUS' } as const;
const TYPES = ENTITY_TYPES;

type Body = Record<string, unknown>;
const object = objectBody;
const str = bodyText;

/** Tags as the legacy clients spell them (`bot-network`): a list, or a 400 (an unknown one is the graph's BAD_USER_INPUT). */
export function tagsOf(b: Body): ClassificationTag[] {
  const tags = b.tags ?? [];
  if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string')) throw badRequest('tags must be a list of strings, e.g. ["scraping", "bot-network"]');
  return (tags as string[]).map((t) => t.toUpperCase().replace(/-/g, '_') as ClassificationTag);
}

function classifyInput(body: unknown) {
  const b = object(body);
  const type = lookup(TYPES, (str(b, 'entity_type', 32) ?? 'ip').toLowerCase());
  if (!type) throw badRequest(`entity_type must be one of: ${Object.keys(TYPES).join(', ')}`);
  const value = str(b, 'entity_value', 2048) ?? str(b, 'ip', 64) ?? str(b, 'src_ip', 64);
  if (!value) throw badRequest('entity_value (or ip) is required');
  const label = lookup<(typeof LABELS)[keyof typeof LABELS]>(LABELS, (str(b, 'label', 32) ?? str(b, 'classification', 32) ?? '').toLowerCase());
  if (!label) throw badRequest('label must be one of: legitimate, suspicious, malicious');
  const confidence = b.confidence ?? 1;
  if (typeof confidence !== 'number') throw badRequest('confidence must be a number from 0 to 1');
  return { input: { type, value, label, comment: str(b, 'comment') ?? '', confidence, tags: tagsOf(b) } };
}

const classification = (c: LegacyClassificationFragment) => ({
  id: c.id,
  created_at: c.createdAt,
  entity_type: c.entityType,
  entity_value: c.value,
  label: c.label?.toLowerCase() ?? c.rawLabel,
  tags: c.tags,
  comment: c.comment,
  confidence: c.confidence,
  analyst: c.analyst,
});

const listVariables = (q: Query) => {
  const pageSize = int(q, ['page_size', 'per_page', 'limit'], { min: 1, max: 500, fallback: 50 });
  const page = int(q, ['page'], { min: 1, max: 200, fallback: 1 });
  const type = q.entity_type ? lookup(TYPES, q.entity_type.toLowerCase()) : undefined;
  if (q.entity_type && !type) throw badRequest(`entity_type must be one of: ${Object.keys(TYPES).join(', ')}`);
  return {
    first: pageSize,
    offset: (page - 1) * pageSize,
    type,
    value: text(q, ['entity_value', 'ip']),
    label: oneOf(q, ['label'], LABELS),
    analyst: text(q, ['analyst'], 64),
  };
};

export const decisionRoutes: Route[] = [
  defineRoute({
    method: 'POST',
    path: '/api/analysis/classifications',
    tag: 'Analysis',
    summary: 'Record a classification (analysts and admins; audited). Body: {entity_type?, entity_value | ip, label, tags?, comment?, confidence?}',
    operation: LegacyClassifyDocument,
    variables: ({ body }) => classifyInput(body),
    shape: (d) => classification(d.classify),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/analysis/classifications',
    tag: 'Analysis',
    summary: 'Classifications of the last 30 days, newest first',
    query: [
      { name: 'label', description: 'legitimate, suspicious or malicious.' },
      { name: 'entity_type', description: 'ip, ja4, asn, host, …' },
      { name: 'entity_value', description: 'One entity key.' },
      { name: 'analyst', description: 'One analyst.' },
      { name: 'page', type: 'integer', description: 'From 1.' },
      { name: 'page_size', type: 'integer', description: '1–500, default 50.' },
    ],
    operation: LegacyClassificationsDocument,
    variables: ({ query }) => listVariables(query),
    shape: (d, { query }) => {
      const v = listVariables(query);
      return { items: d.classifications.items.map(classification), total: d.classifications.totalCount, page: v.offset / v.first + 1, page_size: v.first };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/analysis/classifications/stats',
    tag: 'Analysis',
    summary: 'Classifications per label, tag, analyst and entity type (last 30 days)',
    operation: LegacyClassificationStatsDocument,
    variables: () => ({}),
    shape: ({ classificationStats: s }) => {
      const obj = (xs: { value: string; count: number }[]) => Object.fromEntries(xs.map((x) => [x.value, x.count]));
      return { total: s.total, by_label: obj(s.byLabel), by_tag: obj(s.byTag), by_analyst: obj(s.byAnalyst), by_entity_type: obj(s.byType) };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/classify',
    tag: 'Legacy v2',
    summary: 'SOC feedback on an IP. Body: {src_ip, classification: bot|legitimate|suspicious, comment?}',
    operation: LegacyClassifyDocument,
    variables: ({ body }) => {
      const b = object(body);
      if (!['bot', 'legitimate', 'suspicious'].includes(String(b.classification)))
        throw badRequest('classification must be one of: bot, legitimate, suspicious');
      return classifyInput({ ip: b.src_ip, label: b.classification, comment: b.comment, tags: b.tags, confidence: b.confidence });
    },
    shape: (d) => ({
      status: 'ok',
      src_ip: d.classify.value,
      classification: d.classify.label === 'MALICIOUS' ? 'bot' : d.classify.label?.toLowerCase(),
      id: d.classify.id,
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/classifications',
    tag: 'Legacy v2',
    summary: 'The 50 newest SOC classifications of IPs',
    operation: LegacyClassificationsDocument,
    variables: () => ({ type: 'IP' as const, first: 50 }),
    shape: (d) => ({
      data: d.classifications.items.map((c) => ({
        created_at: c.createdAt,
        src_ip: c.value,
        classification: c.label?.toLowerCase() ?? c.rawLabel,
        comment: c.comment,
      })),
    }),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/audit/logs',
    tag: 'Audit',
    summary: 'Add an audit entry on behalf of the caller (analysts and admins). Body: {action, target_type?, target?, details?}',
    operation: LegacyRecordAuditDocument,
    variables: ({ body }) => {
      const b = object(body);
      const action = str(b, 'action', 64);
      if (!action) throw badRequest('action is required');
      // legacy clients send details as an object: stored as its JSON
      const details = b.details !== null && typeof b.details === 'object' ? JSON.stringify(b.details) : str(b, 'details', 4000);
      return { input: { action, targetType: str(b, 'target_type', 64), target: str(b, 'target', 512), details } };
    },
    shape: () => ({ status: 'ok' }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/audit/logs',
    tag: 'Audit',
    summary: 'Audit entries of the last 30 days, newest first',
    query: [
      { name: 'actor', description: 'One user.' },
      { name: 'action', description: 'One action.' },
      { name: 'outcome', description: 'success, refused, invalid or failed.', enum: ['success', 'refused', 'invalid', 'failed'] },
      { name: 'page', type: 'integer', description: 'From 1.' },
      { name: 'page_size', type: 'integer', description: '1–500, default 50.' },
    ],
    operation: LegacyAuditLogDocument,
    variables: ({ query }) => {
      const first = int(query, ['page_size', 'per_page', 'limit'], { min: 1, max: 500, fallback: 50 });
      return {
        first,
        offset: (int(query, ['page'], { min: 1, max: 200, fallback: 1 }) - 1) * first,
        actor: text(query, ['actor'], 64),
        action: text(query, ['action'], 64),
        outcome: oneOf(query, ['outcome'], { success: 'success', refused: 'refused', invalid: 'invalid', failed: 'failed' } as const),
      };
    },
    shape: (d) => ({
      total: d.auditLog.totalCount,
      items: d.auditLog.items.map((e) => ({
        timestamp: e.at,
        request_id: e.requestId,
        user: e.actor,
        role: e.role,
        action: e.action,
        target_type: e.targetType,
        target: e.target,
        outcome: e.outcome,
        client_ip: e.clientIp,
        details: e.details,
      })),
    }),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/audit/stats',
    tag: 'Audit',
    summary: 'Audit entries per outcome, action and user (last 30 days)',
    operation: LegacyAuditStatsDocument,
    variables: () => ({}),
    shape: ({ auditStats: s }) => {
      const obj = (xs: { key: string; count: number }[]) => Object.fromEntries(xs.map((x) => [x.key, x.count]));
      return { total: s.total, by_outcome: obj(s.byOutcome), by_action: obj(s.byAction), by_user: obj(s.byActor) };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/audit/users/activity',
    tag: 'Audit',
    summary: 'What each user did (last 30 days), most active first',
    operation: LegacyAuditStatsDocument,
    variables: () => ({}),
    shape: (d) => ({
      users: d.userActivity.map((u) => ({
        user: u.user,
        role: u.role,
        total: u.total,
        refused: u.refused,
        failed: u.failed,
        last_active: u.lastActive,
        actions: Object.fromEntries(u.actions.map((a) => [a.key, a.count])),
      })),
    }),
  }),
];
