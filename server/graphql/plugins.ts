import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.js';
import { DbAbortedError, DbLimitError, DbParameterError, DbTimeoutError, DbUnavailableError } from '../db/errors.js';

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
  // before execution (no path): a variable that does not coerce to its type is the caller's input
  if (!error.path) return new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT' } });
  const typed = (message: string, code: string, http?: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    new GraphQLError(message, { nodes: error.nodes, path: error.path, extensions: { code, requestId: ctx.requestId, ...extra, ...(http ? { http } : {}) } });
  if (findCause(original, DbUnavailableError)) {
    ctx.logger.warn({ err: original, path: error.path }, 'ClickHouse unavailable');
    return typed('The database is unavailable; retry in a moment.', 'SERVICE_UNAVAILABLE', { status: 503, headers: { 'Retry-After': '5' } }, { retryAfter: 5 });
  }
  if (findCause(original, DbTimeoutError)) {
    ctx.logger.warn({ path: error.path }, 'request deadline reached');
    return typed(
      'The request took longer than the time allowed; ask for less or a narrower window.',
      'TIMEOUT',
      { status: 504, headers: { 'Retry-After': '5' } },
      { retryAfter: 5 },
    );
  }
  if (findCause(original, DbLimitError)) {
    ctx.logger.info({ path: error.path }, 'database limits reached');
    return typed(
      'The query would use more than a request may (memory, result rows or bytes); ask for less.',
      'QUERY_TOO_COMPLEX',
      { status: 400 },
      { reason: 'database_limit' },
    );
  }
  if (findCause(original, DbParameterError)) {
    // a value the input types let through but the column cannot hold: tighten that input's check
    ctx.logger.warn({ err: original, path: error.path }, 'a parameter did not fit its column');
    return typed('A value is outside the range its field accepts.', 'BAD_USER_INPUT');
  }
  if (findCause(original, DbAbortedError)) return typed('The request was cancelled.', 'CANCELLED');
  ctx.logger.error({ err: original ?? error, path: error.path }, 'resolver failed');
  return typed(`Internal error; quote request id ${ctx.requestId} to the operators.`, 'INTERNAL_SERVER_ERROR');
}

function findCause<T>(err: unknown, type: new (...a: never[]) => T): T | undefined {
  for (let e = err; e; e = (e as { cause?: unknown }).cause) if (e instanceof type) return e;
  return undefined;
}
