import { execute, type GraphQLSchema } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createContext, type AppDeps, type RequestInfo } from '../context.js';
import { mask } from '../graphql/plugins.js';
import { fromGraphQLError, RestError } from './errors.js';

/** Runs a named document against the schema in-process: no HTTP hop, the same resolvers and loaders. */
export async function runOperation<D, V extends Record<string, unknown>>(
  deps: AppDeps & { schema: GraphQLSchema },
  request: RequestInfo,
  document: TypedDocumentNode<D, V>,
  variables: V,
): Promise<D> {
  const ctx = createContext(deps, request);
  const result = await execute({ schema: deps.schema, document, variableValues: variables, contextValue: ctx });
  const [first] = result.errors ?? [];
  if (first) {
    // errors without a path come before execution (variable coercion: an unknown enum value): the caller's
    if (!first.path) throw new RestError(400, 'BAD_REQUEST', first.message);
    throw fromGraphQLError(mask(first, ctx));
  }
  // what an HTTP client would receive: scalars such as DateTime serialize to Date objects in-process
  return JSON.parse(JSON.stringify(result.data)) as D;
}
