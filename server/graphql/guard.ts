import {
  defaultFieldResolver,
  getArgumentValues,
  getNullableType,
  GraphQLError,
  isIntrospectionType,
  isListType,
  isObjectType,
  Kind,
  validate,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { mapMaybePromise } from '@whatwg-node/promise-helpers';
import type { Config } from '../config.js';
import type { Context } from '../context.js';
import { estimate } from './cost.js';
import { illFormedAt } from '../schema/text.js';
import type { Budget } from './budget.js';

/**
 * Every operation is bounded before anything runs — document size and tokens when parsed;
 * aliases, directives and depth in entity hops when validated; cost against the operation's limit
 * and the caller's budget when about to execute — and while it runs: fields resolved and the size
 * of the answer. A refusal is a typed error and runs no query.
 */
export type Limits = Config['limits'];

export type RefusalReason =
  'document_size' | 'tokens' | 'aliases' | 'directives' | 'depth' | 'cost' | 'rate_limit' | 'result_nodes' | 'response_size' | 'body_size' | 'content_type';

/** Counts refusals for /metrics. */
export type RefusalObserver = (reason: RefusalReason) => void;

export function refusal(reason: RefusalReason, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  const code = reason === 'rate_limit' ? 'RATE_LIMITED' : reason === 'result_nodes' || reason === 'response_size' ? 'RESULT_TOO_LARGE' : 'QUERY_TOO_COMPLEX';
  // yoga turns `http` into the response's status and headers, and leaves it out of the body
  const http =
    reason === 'rate_limit'
      ? { status: 429, headers: { 'Retry-After': String(extra.retryAfter ?? 1) } }
      : code === 'QUERY_TOO_COMPLEX'
        ? { status: 400 }
        : undefined;
  return new GraphQLError(message, { extensions: { code, reason, ...extra, ...(http ? { http } : {}) } });
}

const isRefusal = (e: GraphQLError) => ['QUERY_TOO_COMPLEX', 'RATE_LIMITED', 'RESULT_TOO_LARGE'].includes(String(e.extensions?.code));

/** Parses with the token and size limits. */
export function parseWithin(limits: Limits, source: string): DocumentNode {
  if (source.length > limits.maxDocumentChars) {
    throw refusal('document_size', `The document is ${source.length} characters long; at most ${limits.maxDocumentChars} are accepted.`);
  }
  const parser = new MaxTokensParserWLexer(source, {
    n: limits.maxTokens,
    propagateOnRejection: false,
    onReject: [
      () => {
        throw refusal('tokens', `The document has more than ${limits.maxTokens} tokens.`, { limit: limits.maxTokens });
      },
    ],
  } as never);
  return parser.parseDocument();
}

/** Aliases and directives (graphql-armor's rules, typed errors), and depth counted in entity hops. */
export function limitRules(limits: Limits): ValidationRule[] {
  const typed = (reason: RefusalReason, limit: number) => [
    (context: ValidationContext | null, err: GraphQLError) => context?.reportError(refusal(reason, err.message.replace(/^Syntax Error: /, ''), { limit })),
  ];
  return [
    // `__typename` too: armor lets it through by default, and a thousand aliases of it are a thousand fields
    maxAliasesRule({ n: limits.maxAliases, allowList: [], propagateOnRejection: false, onReject: typed('aliases', limits.maxAliases) } as never),
    maxDirectivesRule({ n: limits.maxDirectives, propagateOnRejection: false, onReject: typed('directives', limits.maxDirectives) } as never),
    (context) => ({
      Document(doc) {
        for (const op of doc.definitions) {
          if (op.kind !== Kind.OPERATION_DEFINITION) continue;
          const { depth } = estimate(context.getSchema(), doc, op.name?.value);
          if (depth > limits.maxDepth) {
            context.reportError(
              refusal(
                'depth',
                `The operation reaches ${depth} entities deep; at most ${limits.maxDepth} hops are accepted (an entity and its connections count once).`,
                {
                  limit: limits.maxDepth,
                  depth,
                },
              ),
            );
          }
        }
      },
    }),
  ];
}

/**
 * The cost of an operation about to run, checked against the per-operation limit and charged to the
 * caller; every operation, whatever its cost, also counts against the caller's request rate.
 */
export function admit(
  schema: GraphQLSchema,
  limits: Limits,
  budget: Budget,
  ctx: Context,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
  requests?: Budget,
): GraphQLError | undefined {
  const caller = callerOf(ctx);
  const paced = requests?.charge(caller, 1);
  if (paced && !paced.ok) {
    return refusal('rate_limit', `Too many requests in a short time; retry in ${paced.retryAfterS} s.`, { retryAfter: paced.retryAfterS });
  }
  const { cost } = estimate(schema, document, operationName, variables);
  if (cost > limits.maxCost) {
    ctx.cost = { requested: cost, limit: limits.maxCost, remaining: budget.remaining(caller) };
    return refusal(
      'cost',
      `The operation would cost ${cost}; one operation may cost at most ${limits.maxCost}. Ask for fewer items (first), fewer fields or a narrower window.`,
      {
        cost: ctx.cost,
      },
    );
  }
  const charged = budget.charge(caller, cost);
  ctx.cost = { requested: cost, limit: limits.maxCost, remaining: charged.remaining };
  if (!charged.ok) {
    return refusal('rate_limit', `Too much work requested in a short time; retry in ${charged.retryAfterS} s.`, {
      retryAfter: charged.retryAfterS,
      cost: ctx.cost,
    });
  }
  ctx.charge = (units, what) => {
    const cost = ctx.cost!;
    if (cost.requested + units > limits.maxCost) {
      throw refusal('cost', `${what} would cost ${units} more (${cost.requested + units} in all); one operation may cost at most ${limits.maxCost}.`, {
        cost: { ...cost, requested: cost.requested + units },
      });
    }
    const more = budget.charge(caller, units);
    ctx.cost = { ...cost, requested: cost.requested + units, remaining: more.remaining };
    if (!more.ok)
      throw refusal('rate_limit', `${what} needs more of your budget than is left; retry in ${more.retryAfterS} s.`, { retryAfter: more.retryAfterS });
  };
  return undefined;
}

/** An identified caller is budgeted by name, an anonymous one by address. */
export const callerOf = (ctx: Pick<Context, 'viewer' | 'clientIp'>) =>
  ctx.viewer.via === 'anonymous' ? `ip:${ctx.clientIp || 'unknown'}` : `user:${ctx.viewer.user}`;

/** Checks a trusted document (a REST route's) once for its static limits; its cost is checked per call. */
const checked = new WeakMap<DocumentNode, readonly GraphQLError[]>();
export function staticLimits(schema: GraphQLSchema, limits: Limits, document: DocumentNode): readonly GraphQLError[] {
  let errors = checked.get(document);
  if (!errors) {
    errors = validate(schema, document, limitRules(limits));
    checked.set(document, errors);
  }
  return errors;
}

/**
 * Counts the items of every list as it resolves. Past the limit every further list resolves empty —
 * the answer stops growing, no further rows are read for it, and no field fails (a null where the
 * schema promises a value would raise an error per item) — and the answer becomes one
 * RESULT_TOO_LARGE error (see finish).
 *
 * Only list fields are wrapped (@envelop/on-resolve wraps every field: a page of 50 detections
 * paid ~1,800 wrappers for ~60 lists).
 */
export function useResultLimit(limits: Limits, onRefusal?: RefusalObserver): Plugin<Context> {
  const wrapped = Symbol('resultLimit');
  const count = (context: Context | undefined, result: unknown) => {
    if (typeof context?.resolved !== 'number' || !Array.isArray(result)) return result;
    if (context.resolved > limits.maxResultNodes) return [];
    context.resolved += result.length;
    if (context.resolved <= limits.maxResultNodes) return result;
    onRefusal?.('result_nodes');
    return [];
  };
  return {
    onSchemaChange({ schema }) {
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || isIntrospectionType(type)) continue;
        for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, Context> & { [wrapped]?: true })[]) {
          if (field[wrapped] || !isListType(getNullableType(field.type))) continue;
          const resolve = field.resolve ?? defaultFieldResolver;
          field.resolve = (root, args, context, info) => mapMaybePromise(resolve(root, args, context, info), (result) => count(context, result));
          field[wrapped] = true;
        }
      }
    },
  };
}

/** After execution: one error for a result cut short, a bounded response size, and `extensions.cost`. */
export function finish<R extends { data?: unknown; errors?: readonly GraphQLError[]; extensions?: Record<string, unknown> }>(
  result: R,
  ctx: Context,
  limits: Limits,
  onRefusal?: RefusalObserver,
): R {
  return settle(result, ctx, limits, onRefusal).result;
}

/** finish, with the answer's data as the JSON text its size was measured on (REST reuses it rather than serializing twice). */
export function settle<R extends { data?: unknown; errors?: readonly GraphQLError[]; extensions?: Record<string, unknown> }>(
  result: R,
  ctx: Context,
  limits: Limits,
  onRefusal?: RefusalObserver,
): { result: R; dataJson?: string } {
  const withCost = (r: R): R => (ctx.cost ? { ...r, extensions: { ...r.extensions, cost: ctx.cost } } : r);
  if (ctx.resolved > limits.maxResultNodes) {
    return {
      result: withCost({
        ...result,
        data: null,
        errors: [
          refusal('result_nodes', `The answer would hold more than ${limits.maxResultNodes} values; ask for fewer items.`, { limit: limits.maxResultNodes }),
        ],
      }),
    };
  }
  if (result.data === undefined || result.data === null) return { result: withCost(result) };
  const dataJson = JSON.stringify(result.data);
  const size = Buffer.byteLength(dataJson);
  if (size > limits.maxResponseBytes) {
    onRefusal?.('response_size');
    return {
      result: withCost({
        ...result,
        data: null,
        errors: [
          refusal('response_size', `The answer would be ${size} bytes; at most ${limits.maxResponseBytes} are sent. Ask for fewer items or fields.`, {
            limit: limits.maxResponseBytes,
          }),
        ],
      }),
    };
  }
  return { result: withCost(result), dataJson };
}

/** The yoga plugin: limits at parse, validation and execution, and the result caps. */
export function useLimits(limits: Limits, budget: Budget, onRefusal?: RefusalObserver, requests?: Budget): Plugin<Context> {
  return {
    onParse({ setParseFn }) {
      setParseFn((source) => {
        try {
          return parseWithin(limits, typeof source === 'string' ? source : source.body);
        } catch (err) {
          if (err instanceof GraphQLError && isRefusal(err)) onRefusal?.(err.extensions.reason as RefusalReason);
          throw err;
        }
      });
    },
    onValidate({ addValidationRule }) {
      for (const rule of limitRules(limits)) addValidationRule(rule);
      return ({ result }) => {
        for (const e of result) if (isRefusal(e)) onRefusal?.(e.extensions.reason as RefusalReason);
      };
    },
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as Context;
      if (ctx.outcomes) ctx.outcomes.operations++;
      const illFormed = illFormedAt(args.variableValues);
      if (illFormed) {
        const error = new GraphQLError(`Variable "$${illFormed}" is not well-formed Unicode (it holds a lone UTF-16 surrogate).`, {
          extensions: { code: 'BAD_USER_INPUT', field: illFormed, http: { status: 400 } },
        });
        setResultAndStopExecution({ errors: [error] });
        return;
      }
      const refused = admit(args.schema, limits, budget, ctx, args.document, args.operationName, args.variableValues as Record<string, unknown>, requests);
      if (refused) {
        onRefusal?.(refused.extensions.reason as RefusalReason);
        if (refused.extensions.code === 'RATE_LIMITED' && ctx.outcomes) ctx.outcomes.limited++;
        setResultAndStopExecution({ errors: [refused], extensions: { cost: ctx.cost } });
        return;
      }
      return {
        onExecuteDone({ result, setResult }) {
          if ('data' in result || 'errors' in result) setResult(finish(result, ctx, limits, onRefusal));
        },
      };
    },
  };
}

/** The mutation fields a document asks for (empty for a query), each with the arguments it gives: its write attempts. */
export function writesOf(
  document: DocumentNode,
  schema?: GraphQLSchema,
  variables?: Record<string, unknown> | null,
): { name: string; args: Record<string, unknown> }[] {
  const mutation = schema?.getMutationType();
  return document.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.operation === 'mutation'
      ? d.selectionSet.selections.flatMap((s) => {
          if (s.kind !== Kind.FIELD) return [];
          const def = mutation?.getFields()[s.name.value];
          let args: Record<string, unknown> = {};
          try {
            if (def) args = getArgumentValues(def, s, variables ?? {});
          } catch {
            // arguments that do not coerce are what made it invalid: the row names no target
          }
          return [{ name: s.name.value, args }];
        })
      : [],
  );
}
