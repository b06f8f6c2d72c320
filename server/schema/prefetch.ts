import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

/**
 * Lookahead for entity lookups. GraphQL resolves a root field before its children, so
 * `ip(address:) { hits ja4s { … } detections { … } }` would wait for the IP's existence check
 * before asking for anything else: one more round trip per level. A field marked
 * `extensions: { prefetch: true }` only starts batched loads; calling it early, with the entity
 * the lookup is about to return, puts its loads in the same batch as the existence check, and its
 * real call later finds them in the per-request loaders.
 */
export const PREFETCH = { prefetch: true } as const;

export function prefetchChildren(parent: unknown, ctx: unknown, info: GraphQLResolveInfo, typeName: string) {
  const type = info.schema.getType(typeName);
  if (!type || !isObjectType(type)) return;
  for (const node of info.fieldNodes) {
    if (node.selectionSet) visit(node.selectionSet, type, parent, ctx, info);
  }
}

function visit(set: SelectionSetNode, type: GraphQLObjectType, parent: unknown, ctx: unknown, info: GraphQLResolveInfo) {
  for (const sel of set.selections) {
    if (!included(sel, info)) continue;
    if (sel.kind === Kind.FIELD) {
      const field = type.getFields()[sel.name.value];
      if (field?.extensions?.prefetch && field.resolve) start(field, sel, type, parent, ctx, info);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      if (applies(sel.typeCondition?.name.value, type, info)) visit(sel.selectionSet, type, parent, ctx, info);
    } else {
      const fragment = info.fragments[sel.name.value];
      if (fragment && applies(fragment.typeCondition.name.value, type, info)) visit(fragment.selectionSet, type, parent, ctx, info);
    }
  }
}

function start(field: GraphQLField<unknown, unknown>, node: FieldNode, type: GraphQLObjectType, parent: unknown, ctx: unknown, info: GraphQLResolveInfo) {
  try {
    const args = getArgumentValues(field, node, info.variableValues);
    const childInfo: GraphQLResolveInfo = { ...info, fieldName: field.name, fieldNodes: [node], returnType: field.type, parentType: type };
    // errors surface when the field really resolves; here only the loads matter
    Promise.resolve(field.resolve!(parent, args, ctx, childInfo)).catch(() => {});
  } catch {
    /* invalid arguments: the real call reports them */
  }
}

function applies(condition: string | undefined, type: GraphQLObjectType, info: GraphQLResolveInfo) {
  if (!condition || condition === type.name) return true;
  const target = info.schema.getType(condition);
  return Boolean(target && isAbstractType(getNamedType(target)) && info.schema.isSubType(target as never, type));
}

function included(sel: { directives?: readonly unknown[] }, info: GraphQLResolveInfo) {
  const node = sel as Parameters<typeof getDirectiveValues>[1];
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

/**
 * The names of the fields selected under the current field (through fragments), for answers that
 * depend on what is asked; with `path`, under that field of it (`['edges', 'node']`).
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode | undefined, depth: number) => {
    for (const sel of set?.selections ?? []) {
      if (!included(sel, info)) continue;
      if (sel.kind === Kind.FIELD) {
        if (depth === path.length) names.add(sel.name.value);
        else if (sel.name.value === path[depth]) walk(sel.selectionSet, depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet, depth);
      else walk(info.fragments[sel.name.value]?.selectionSet, depth);
    }
  };
  for (const node of info.fieldNodes) walk(node.selectionSet, 0);
  return names;
}

/** A connection asked for its count alone: it can be answered without its items. */
export const onlyTotalCount = (info: GraphQLResolveInfo) => [...selectedFieldNames(info)].every((f) => f === 'totalCount' || f === '__typename');
