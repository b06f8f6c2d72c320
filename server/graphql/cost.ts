import {
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isCompositeType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * The cost model: what an operation will cost the database, estimated from the document and its
 * variables before anything runs. A field costs its own work, plus its children's once per item
 * it returns: a list multiplies its children by `first` (or by its size), so `ips(first: 100) { asn }`
 * costs 100 AS lookups. Units are "keyed reads": one key's rows of the graph layer ≈ 1.
 */

/**
 * Units of a field's own cost, given on the field (`extensions: { cost }`; `costPerKey` on fields
 * given a list of keys: `ids`, `refs`, `representations`, `entities`, each read and priced whatever
 * the selection asks of it). Calibrated by `npm run bench -- --calibrate` so that every root and
 * costly field costs about the same CPU per unit (≈ 0.2–0.5 ms of one core at scale 1, within 5× of
 * each other): a budget in units is then a budget of work.
 */
export const COST = {
  /** A whole-window scan of raw traffic or of its per-IP aggregates. */
  TRAFFIC_SCAN: 300,
  /** A scan of the detections of a window. */
  DETECTIONS_SCAN: 90,
} as const;

/** A clustering computed for a window not in the cache (charged when it starts: only then is it known). */
export const CLUSTERING_COST = 4000;

/** Per entity of a saved investigation, charged when its export runs (its size is known only then). */
export const EXPORT_COST_PER_ENTITY = 2;

/** A root read: at least one ClickHouse round trip, whose fixed work dominates a small answer. */
export const ROOT_COST = 150;
/** An entity's neighbours: one grouped read per kind of neighbour, with their degrees. */
const NEIGHBORS_COST = 100;
const FIELD_COST = 1;
/** A list whose size no argument gives: its nominal length. */
const LIST_SIZE = 10;

export interface Estimate {
  cost: number;
  /** Entity hops along the longest path (a connection and its `node` count once). */
  depth: number;
}

/**
 * Estimates per document, operation and variables: validation asks for the depth and execution for
 * the cost of the same document, and a batch repeats documents; each is walked once.
 */
const estimates = new WeakMap<DocumentNode, Map<string, Estimate>>();

export function estimate(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables?: Record<string, unknown> | null): Estimate {
  const key = `${operationName ?? ''}\u0000${variables && Object.keys(variables).length ? JSON.stringify(variables) : ''}`;
  let byKey = estimates.get(document);
  const hit = byKey?.get(key);
  if (hit) return hit;
  const result = walk(schema, document, operationName, variables);
  if (!byKey) estimates.set(document, (byKey = new Map()));
  // a caller varying its variables cannot grow the cache without bound
  if (byKey.size > 32) byKey.clear();
  byKey.set(key, result);
  return result;
}

function walk(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null, variables?: Record<string, unknown> | null): Estimate {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return { cost: 0, depth: 0 };
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return { cost: 0, depth: 0 };
  return new Walker(schema, fragments, variables ?? {}).selections(operation.selectionSet, root, undefined);
}

const isEntityType = (schema: GraphQLSchema, type: GraphQLNamedType) => {
  const entity = schema.getType('Entity');
  if (!entity || !isAbstractType(entity)) return false;
  if (type.name === 'Entity') return true;
  return isObjectType(type) && schema.isSubType(entity, type);
};

/**
 * Walks a document once: a fragment is costed once per page size it is spread under and memoised,
 * so a document whose fragments spread each other twice, 25 deep, costs 25 walks, not 2^25.
 */
class Walker {
  private readonly memo = new Map<string, Estimate>();
  private readonly open = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
  ) {}

  /** `first` is the page size an enclosing connection passes to its `edges` list. */
  selections(set: SelectionSetNode, type: GraphQLNamedType, first: number | undefined): Estimate {
    let cost = 0;
    let depth = 0;
    for (const sel of set.selections) {
      let e: Estimate;
      if (sel.kind === Kind.FIELD) e = this.field(sel, type, first);
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? this.schema.getType(sel.typeCondition.name.value) : type;
        e = t ? this.selections(sel.selectionSet, t, first) : { cost: 0, depth: 0 };
      } else e = this.spread(sel.name.value, first);
      cost += e.cost;
      depth = Math.max(depth, e.depth);
    }
    return { cost, depth };
  }

  private spread(name: string, first: number | undefined): Estimate {
    const key = `${name}\u0000${first ?? ''}`;
    const known = this.memo.get(key);
    if (known) return known;
    const f = this.fragments.get(name);
    // a fragment spreading itself is invalid: validation reports it, this only avoids looping
    if (!f || this.open.has(key)) return { cost: 0, depth: 0 };
    const t = this.schema.getType(f.typeCondition.name.value);
    this.open.add(key);
    const e = t ? this.selections(f.selectionSet, t, first) : { cost: 0, depth: 0 };
    this.open.delete(key);
    this.memo.set(key, e);
    return e;
  }

  private field(node: FieldNode, parent: GraphQLNamedType, first: number | undefined): Estimate {
    if (!isCompositeType(parent) || node.name.value.startsWith('__')) return { cost: 0, depth: 0 };
    const def = ('getFields' in parent ? parent.getFields()[node.name.value] : undefined) as GraphQLField<unknown, unknown> | undefined;
    if (!def) return { cost: 0, depth: 0 };
    const named = getNamedType(def.type);
    const { own, perKey: unit } = fieldCost(this.schema, parent, def);
    const args = this.args(def, node);
    const keyed = [args.ids, args.refs, args.representations, args.entities].find(Array.isArray) as unknown[] | undefined;
    // a list of keys reads each key: it costs per key, whatever its selection
    const perKey = keyed && unit ? Math.ceil(keyed.length * unit) : 0;
    if (!node.selectionSet) return { cost: own + perKey, depth: 0 };

    const ownFirst = typeof args.first === 'number' ? args.first : undefined;
    const list = isList(def.type);
    let times = 1;
    // a connection hands its `first` to its edges; a list consumes it
    let passFirst = list ? undefined : def.args.some((a) => a.name === 'first') ? (ownFirst ?? 20) : first;
    if (list) {
      if (keyed) times = keyed.length;
      else if (def.args.some((a) => a.name === 'types')) {
        // an expansion: one group per type, each holding up to `first` neighbours
        times = Array.isArray(args.types) ? args.types.length : 7;
        passFirst = ownFirst ?? 10;
      } else times = ownFirst ?? first ?? LIST_SIZE;
    }
    const children = this.selections(node.selectionSet, named, passFirst);
    const hop = this.isHop(parent, def, named) ? 1 : 0;
    return { cost: own + perKey + times * children.cost, depth: hop + children.depth };
  }

  private isHop(parent: GraphQLNamedType, def: GraphQLField<unknown, unknown>, named: GraphQLNamedType) {
    // an edge's node is the hop its connection already counted
    if (parent.name.endsWith('Edge') && def.name === 'node') return false;
    if (named.name.endsWith('Connection')) {
      const node = (named as { getFields?: () => Record<string, GraphQLField<unknown, unknown>> }).getFields?.().edges;
      const edge = node ? getNamedType(node.type) : undefined;
      const target =
        edge && 'getFields' in edge ? getNamedType((edge.getFields() as Record<string, GraphQLField<unknown, unknown>>).node?.type ?? edge) : undefined;
      return Boolean(target && isEntityType(this.schema, target));
    }
    return isEntityType(this.schema, named);
  }

  private args(def: GraphQLField<unknown, unknown>, node: FieldNode): Record<string, unknown> {
    if (!def.args.length) return {};
    try {
      return getArgumentValues(def, node, this.variables);
    } catch {
      return {}; // invalid arguments fail validation or execution, with their own message
    }
  }
}

/** A field's own cost, and its cost per key where it is given a list of keys. */
export function fieldCost(schema: GraphQLSchema, parent: GraphQLNamedType, def: GraphQLField<unknown, unknown>): { own: number; perKey: number } {
  const given = def.extensions as { cost?: number; costPerKey?: number } | undefined;
  const own =
    given?.cost ??
    (def.name === 'neighbors' && isEntityType(schema, parent) ? NEIGHBORS_COST : undefined) ??
    (parent === schema.getQueryType() ? ROOT_COST : isCompositeType(getNamedType(def.type)) ? FIELD_COST : 0);
  return { own, perKey: given?.costPerKey ?? 0 };
}

function isList(type: GraphQLOutputType): boolean {
  return isNonNullType(type) ? isList(type.ofType) : isListType(type);
}
