import { graphql, HttpResponse } from 'msw';
import { server } from './server';

/** Answers one operation by name and records the variables of every call. */
export function answer<T extends Record<string, unknown>>(operation: string, data: T | ((variables: Record<string, unknown>) => T)) {
  const calls: Record<string, unknown>[] = [];
  server.use(
    graphql.operation(({ operationName, variables }) => {
      if (operationName !== operation) return undefined;
      calls.push(variables);
      return HttpResponse.json({ data: typeof data === 'function' ? (data as (v: Record<string, unknown>) => T)(variables) : data });
    }),
  );
  return calls;
}

/** Answers one operation with a GraphQL error, as the API reports one (masked, with a code). */
export function fail(operation: string, message: string, code = 'SERVICE_UNAVAILABLE') {
  server.use(
    graphql.operation(({ operationName }) =>
      operationName === operation ? HttpResponse.json({ data: null, errors: [{ message, extensions: { code } }] }) : undefined,
    ),
  );
}
