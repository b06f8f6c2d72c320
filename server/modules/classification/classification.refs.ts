import { randomUUID } from 'node:crypto';
import type { Context } from '../../context.js';
import { appError, badInput } from '../../schema/errors.js';
import { auditedWrite } from '../audit/audit.record.js';
import { createClassificationRepository, type ClassificationRow } from './classification.repository.js';

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

/**
 * Stores a decision on behalf of the caller, with its audit row in the same insert (see auditedWrite).
 * `exists` is checked once the caller may write: a decision needs an entity that exists.
 */
export async function storeClassification(ctx: Context, d: Decision, exists?: () => Promise<boolean>): Promise<ClassificationRow> {
  if (d.comment.length > 2000) throw badInput('`comment` is at most 2 000 characters');
  if (d.confidence < 0 || d.confidence > 1) throw badInput('`confidence` is between 0 and 1');
  const row = {
    id: randomUUID(), entity_type: d.entityType, entity_value: d.value, src_ip: d.srcIp ?? '::', classification: d.label,
    tags: [...new Set(d.tags)], comment: d.comment, confidence: d.confidence, analyst: ctx.viewer.user, role: ctx.viewer.role,
    request_id: ctx.requestId, client_ip: ctx.clientIp, features: '',
  };
  const action = d.entityType === 'incident' ? 'classify_incident' : 'classify';
  await auditedWrite(ctx, { action, targetType: d.entityType, target: d.value, details: `label=${d.label}` }, async () => {
    if (exists && !(await exists())) throw appError('NOT_FOUND', `No ${d.entityType.replace('_', ' ')} ${d.value} was ever seen: nothing to classify.`);
    return createClassificationRepository(ctx.db).insert({ ...row, action });
  });
  return { ...row, created_at: new Date().toISOString() };
}

export { Classification, LabelEnum, TagEnum } from './classification.schema.js';
