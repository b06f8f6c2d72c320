/** ClickHouse could not be reached or did not answer in time: the caller should retry later. */
export class DbUnavailableError extends Error {
  readonly code = 'DB_UNAVAILABLE';
  constructor(cause: unknown) {
    super('ClickHouse is unavailable', { cause });
  }
}

/** ClickHouse answered with an error; the message is for logs only, never for a response. */
export class DbQueryError extends Error {
  readonly code = 'DB_QUERY_FAILED';
  constructor(
    readonly queryId: string,
    readonly clickhouseCode: string | undefined,
    cause: unknown,
  ) {
    super(`ClickHouse query ${queryId} failed`, { cause });
  }
}

/** The request's deadline passed (or ClickHouse's own time limit for the query): retry with a narrower question. */
export class DbTimeoutError extends Error {
  readonly code = 'DB_TIMEOUT';
  constructor(cause?: unknown) {
    super('the query did not finish within the request deadline', { cause });
  }
}

/** The query would read, hold or return more than a query may (memory, result rows or bytes). */
export class DbLimitError extends Error {
  readonly code = 'DB_LIMIT';
  constructor(cause: unknown) {
    super('the query exceeds the resources a request may use', { cause });
  }
}

/**
 * A bound value the column type cannot hold (a negative or too large number for an unsigned
 * column…): the caller's input, which the resolvers should have refused first.
 */
export class DbParameterError extends Error {
  readonly code = 'DB_BAD_PARAMETER';
  constructor(cause: unknown) {
    super('a query parameter does not fit its type', { cause });
  }
}

/** The caller went away: the answer is not needed any more. */
export class DbAbortedError extends Error {
  readonly code = 'DB_ABORTED';
  constructor() {
    super('the request was cancelled');
  }
}

const UNREACHABLE = /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|EPIPE|socket hang up/i;
// ClickHouse error codes: 159 TIMEOUT_EXCEEDED; 158/396 too many rows or bytes; 241 MEMORY_LIMIT_EXCEEDED; 307 TOO_MANY_BYTES
const TIMEOUT_CODES = new Set(['159', '209', '210']);
const LIMIT_CODES = new Set(['158', '241', '307', '396']);
// 202 TOO_MANY_SIMULTANEOUS_QUERIES, 203 NO_FREE_CONNECTION, 999 KEEPER_EXCEPTION: the server is there but cannot serve now
const OVERLOADED_CODES = new Set(['202', '203', '999']);

export function classifyDbError(err: unknown, queryId: string): Error {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown })?.code;
  const codeText = code === undefined ? undefined : String(code);
  if (UNREACHABLE.test(message) || code === 'ECONNREFUSED' || (codeText && OVERLOADED_CODES.has(codeText))) return new DbUnavailableError(err);
  if ((codeText && TIMEOUT_CODES.has(codeText)) || /Timeout error|timed out|TIMEOUT_EXCEEDED/i.test(message)) return new DbTimeoutError(err);
  // 457 BAD_QUERY_PARAMETER; other parse failures of a parameter name it
  if (codeText === '457' || /for query parameter '/.test(message)) return new DbParameterError(err);
  if ((codeText && LIMIT_CODES.has(codeText)) || /MEMORY_LIMIT_EXCEEDED|TOO_MANY_ROWS_OR_BYTES/.test(message)) return new DbLimitError(err);
  return new DbQueryError(queryId, codeText, err);
}
