import type { GraphQLError, GraphQLSchema } from 'graphql';
import { execute } from '@graphql-tools/executor';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createContext, type AppDeps, type Context, type RequestInfo } from '../context.js';
import { mask } from '../graphql/plugins.js';
import { admit, settle, staticLimits, writesOf, type RefusalObserver, type RefusalReason } from '../graphql/guard.js';
import type { Budget } from '../graphql/budget.js';
import { fromGraphQLError, RestError } from './errors.js';

/** A write turned down before it ran, to be audited (see auditRejectedWrite). */
export type RejectedWriteHook = (
  ctx: Context,
  write: { fields: { name: string; args: Record<string, unknown> }[]; errors: readonly { message: string; extensions?: Record<string, unknown> }[] },
) => Promise<void>;

export type RestDeps = AppDeps & { schema: GraphQLSchema; budget: Budget; requests?: Budget; onRefusal?: RefusalObserver; onRejectedWrite?: RejectedWriteHook };

/**
 * Runs a named document against the schema in-process: no HTTP hop, the same resolvers and
 * loaders, and the same limits as /graphql (its cost is charged to the caller's budget).
 */
export async function runOperation<D, V extends Record<string, unknown>>(
  deps: RestDeps,
  request: RequestInfo,
  document: TypedDocumentNode<D, V>,
  variables: V,
): Promise<D> {
  const { schema, config, budget, onRefusal } = deps;
  const ctx = createContext(deps, request);
  const writes = writesOf(document, schema, variables);
  const refused = staticLimits(schema, config.limits, document)[0] ?? admit(schema, config.limits, budget, ctx, document, undefined, variables, deps.requests);
  if (refused) {
    onRefusal?.(refused.extensions.reason as RefusalReason);
    if (writes.length) await deps.onRejectedWrite?.(ctx, { fields: writes, errors: [refused] });
    throw fromGraphQLError(refused);
  }
  const executed = await execute({ schema, document, variableValues: variables, contextValue: ctx, signal: request.signal });
  const { result, dataJson } = settle(executed as { data?: unknown; errors?: readonly GraphQLError[] }, ctx, config.limits, onRefusal);
  const [first] = result.errors ?? [];
  // each field that ran audited itself (useAuditedWrites); none ran when the variables did not coerce
  if (first && writes.length && !first.path) await deps.onRejectedWrite?.(ctx, { fields: writes, errors: result.errors! });
  if (first) {
    // errors without a path come before execution (variable coercion: an unknown enum value): the caller's
    if (!first.path && ['BAD_USER_INPUT', undefined].includes(first.extensions?.code as string | undefined))
      throw new RestError(400, 'BAD_REQUEST', first.message);
    throw fromGraphQLError(mask(first, ctx));
  }
  // what an HTTP client would receive: scalars such as DateTime serialize to Date objects in-process
  return JSON.parse(dataJson ?? 'null') as D;
}
