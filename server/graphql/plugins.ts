import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { DbUnavailableError } from '../db/errors.js';

/** Adds `extensions.clickhouse` (queries, rows and bytes read, time) to every response. */
export function useClickhouseStats(enabled: boolean): Plugin<Context> {
  return {
    onExecute() {
      if (!enabled) return;
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!('data' in result) && !('errors' in result)) return;
          const { stats } = args.contextValue as Context;
          setResult({
            ...result,
            extensions: { ...result.extensions, clickhouse: { ...stats, elapsedMs: Math.round(stats.elapsedMs * 10) / 10 } },
          });
        },
      };
    },
  };
}

/**
 * Expected failures keep their message and `extensions.code`; anything else is logged with
 * the request id and replaced by a message that leaks no SQL, stack or ClickHouse text.
 */
export function useErrorMasking(): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!('errors' in result) || !result.errors?.length) return;
          const ctx = args.contextValue as Context;
          setResult({ ...result, errors: result.errors.map((e) => mask(e, ctx)) });
        },
      };
    },
  };
}

export function mask(error: GraphQLError, ctx: Context): GraphQLError {
  const original = error.originalError;
  // graphql-js' own errors (no original) and errors we raised on purpose (a code) pass through;
  // duck-typed because graphql can be loaded twice (ESM and CJS builds) in one process
  if (!original || (original as { extensions?: { code?: unknown } }).extensions?.code) return error;
  const unavailable = findCause(original, DbUnavailableError);
  ctx.logger.error({ err: original ?? error, path: error.path }, 'resolver failed');
  return new GraphQLError(
    unavailable ? 'The database is unavailable; retry in a moment.' : `Internal error; quote request id ${ctx.requestId} to the operators.`,
    {
      nodes: error.nodes,
      path: error.path,
      extensions: { code: unavailable ? 'SERVICE_UNAVAILABLE' : 'INTERNAL_SERVER_ERROR', requestId: ctx.requestId },
    },
  );
}

function findCause<T>(err: unknown, type: new (...a: never[]) => T): T | undefined {
  for (let e = err; e; e = (e as { cause?: unknown }).cause) if (e instanceof type) return e;
  return undefined;
}
