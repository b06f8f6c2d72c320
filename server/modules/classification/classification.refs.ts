import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { appError, badInput } from '../../schema/errors.js';
import { auditedWrite } from '../audit/audit.refs.js';
import { builder } from '../../schema/builder.js';
import { TAGS } from './classification.tags.js';
import { createClassificationRepository, type ClassificationRow } from './classification.repository.js';
import { latestLoader } from './classification.loaders.js';

export interface Decision {
  entityType: string;
  value: string;
  label: string;
  tags: string[];
  comment: string;
  confidence: number;
  /** The legacy IP column: the IP for IP decisions. */
  srcIp?: string;
}

/** What other modules use of classifications: the decision type, its enums, and storing one. */

const tagName = (t: string) => t.toUpperCase().replace(/-/g, '_');

export const LabelEnum = builder.enumType('ClassificationLabel', {
  description: 'An analyst’s verdict.',
  values: {
    LEGITIMATE: { value: 'legitimate', description: 'A real user or a welcome crawler.' },
    SUSPICIOUS: { value: 'suspicious', description: 'Needs watching.' },
    MALICIOUS: { value: 'malicious', description: 'A bot or an attacker.' },
  } as const,
});

export const TagEnum = builder.enumType('ClassificationTag', {
  description: 'The predefined tags an analyst can attach.',
  values: Object.fromEntries(TAGS.map((t) => [tagName(t), { value: t, description: `Tag “${t}”.` }])) as Record<
    string,
    { value: (typeof TAGS)[number]; description: string }
  >,
});

export const Classification = builder.objectRef<ClassificationRow>('Classification');

/**
 * Stores a decision on behalf of the caller, with its audit row in the same insert (see auditedWrite).
 * `exists` is checked once the caller may write: a decision needs an entity that exists.
 */
export async function storeClassification(ctx: Context, d: Decision, exists?: () => Promise<boolean>): Promise<ClassificationRow> {
  if (d.comment.length > 2000) throw badInput('`comment` is at most 2 000 characters');
  if (d.confidence < 0 || d.confidence > 1) throw badInput('`confidence` is between 0 and 1');
  const row = {
    id: randomUUID(),
    entity_type: d.entityType,
    entity_value: d.value,
    src_ip: d.srcIp ?? '::',
    classification: d.label,
    tags: [...new Set(d.tags)],
    comment: d.comment,
    confidence: d.confidence,
    analyst: ctx.viewer.user,
    role: ctx.viewer.role,
    request_id: ctx.requestId,
    client_ip: ctx.clientIp,
    features: '',
  };
  const action = d.entityType === 'incident' ? 'classify_incident' : 'classify';
  await auditedWrite(ctx, { action, targetType: d.entityType, target: d.value, details: `label=${d.label}` }, async () => {
    if (exists && !(await exists())) throw appError('NOT_FOUND', `No ${d.entityType.replace('_', ' ')} ${d.value} was ever seen: nothing to classify.`);
    return createClassificationRepository(ctx.db).insert({ ...row, action });
  });
  return { ...row, created_at: new Date().toISOString() };
}

/** The analyst's latest verdict on each key of one kind (all time): legitimate, suspicious, malicious, or undefined. */
/** The analyst's latest verdict on each of many entities of several kinds, in one statement (a bulk read: a hunt's thousands). */
export async function latestVerdicts(ctx: Context, keys: { kind: string; keys: readonly string[] }[]) {
  const asked = keys.filter((k) => k.keys.length);
  const rows = asked.length
    ? await createClassificationRepository(ctx.db).latestVerdicts(asked.map((k) => ({ type: k.kind.toLowerCase(), values: k.keys })))
    : [];
  return new Map(rows.map((r) => [`${r.entity_type.toUpperCase()}\u0000${r.entity_value}`, r.classification as 'legitimate' | 'suspicious' | 'malicious']));
}

export const latestVerdictLoader = (ctx: Context, kind: string) => ({
  loadMany: async (keys: readonly string[]) =>
    (await latestLoader(ctx, kind.toLowerCase(), 1).loadMany(keys)).map((rs) =>
      rs instanceof Error ? rs : (rs[0]?.classification as 'legitimate' | 'suspicious' | 'malicious' | undefined),
    ),
});
