import { isInterfaceType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { LAYER_MAX_SPAN_MS, MAX_SPAN_MS } from '../schema/window.js';
import { ENTITY_KINDS, LINKABLE, TYPE_NAME, type EntityKind } from './entity.kinds.js';
import { readsLayer } from './entity.schema.js';

/**
 * How wide a window each field takes, written into its description from the same rule its resolver
 * applies (`fieldWindow`, `entityWindow`, `resolveLayerWindow`): an analyst reads the limit in
 * GraphiQL instead of meeting it as an error. Fields say what they read in `extensions.window`:
 *   'layer'               only the graph layer (365 days);
 *   { to: kinds }         their entity's activity and its links to those kinds ('linkable': any it links to);
 *   { root: kind | null } an entity reached by key (null: any kind);
 *   nothing               raw rows (31 days).
 */
export type WindowReads = 'layer' | { to: readonly EntityKind[] | 'linkable' } | { root: EntityKind | null };

const DAY = 86_400_000;
const LAYER_DAYS = LAYER_MAX_SPAN_MS / DAY;
const RAW_DAYS = MAX_SPAN_MS / DAY;
const KIND_OF = new Map(ENTITY_KINDS.map((k) => [TYPE_NAME[k], k]));

function days(reads: WindowReads | undefined, kind: EntityKind | undefined): number | 'by kind' {
  if (reads === undefined) return RAW_DAYS;
  if (reads === 'layer') return LAYER_DAYS;
  if ('root' in reads) return reads.root ? (readsLayer(reads.root) ? LAYER_DAYS : RAW_DAYS) : 'by kind';
  if (!kind) return 'by kind';
  return readsLayer(kind, reads.to === 'linkable' ? LINKABLE[kind] : reads.to) ? LAYER_DAYS : RAW_DAYS;
}

function note(d: number | 'by kind'): string {
  // (modules register composite kinds as they load: ask once the schema is built)
  if (d === 'by kind')
    return `Window: up to ${LAYER_DAYS} days for ${ENTITY_KINDS.filter((k) => readsLayer(k)).join(', ')} (read from the graph layer), else ${RAW_DAYS} (raw rows).`;
  return d === LAYER_DAYS ? `Window: up to ${LAYER_DAYS} days (read from the graph layer).` : `Window: up to ${RAW_DAYS} days (reads raw rows).`;
}

export function documentWindows(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    const kind = KIND_OF.get(type.name);
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, unknown>[]) {
      if (!field.args.some((a) => a.name === 'window')) continue;
      const text = note(days(field.extensions.window as WindowReads | undefined, kind));
      if (!field.description?.includes(text)) field.description = field.description ? `${field.description} ${text}` : text;
    }
  }
  return schema;
}
