/** A REST failure with its HTTP status and the `{error: {code, message}}` body clients get. */
export class RestError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 501 | 503 | 504,
    readonly code: string,
    message: string,
    /** Seconds a client should wait before retrying (429, 503, 504). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new RestError(400, 'BAD_REQUEST', message);

const STATUS_OF_CODE: Record<string, RestError['status']> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  QUERY_TOO_COMPLEX: 400,
  RESULT_TOO_LARGE: 422,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  TIMEOUT: 504,
  NOT_IMPLEMENTED: 501,
};

/** Maps a GraphQL error's `extensions.code` to the HTTP status of the legacy API. */
export function fromGraphQLError(err: { message: string; extensions?: Record<string, unknown> }): RestError {
  const code = String(err.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  const status = STATUS_OF_CODE[code] ?? 500;
  const retryAfter = typeof err.extensions?.retryAfter === 'number' ? err.extensions.retryAfter : status === 503 || status === 504 ? 5 : undefined;
  return new RestError(status, code, err.message, retryAfter);
}
