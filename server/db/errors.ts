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
  constructor(readonly queryId: string, readonly clickhouseCode: string | undefined, cause: unknown) {
    super(`ClickHouse query ${queryId} failed`, { cause });
  }
}

const UNREACHABLE = /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ECONNRESET|socket hang up|Timeout error|timed out/i;

export function classifyDbError(err: unknown, queryId: string): Error {
  const message = err instanceof Error ? err.message : String(err);
  const code = (err as { code?: unknown })?.code;
  if (UNREACHABLE.test(message) || code === 'ECONNREFUSED') return new DbUnavailableError(err);
  return new DbQueryError(queryId, code === undefined ? undefined : String(code), err);
}
