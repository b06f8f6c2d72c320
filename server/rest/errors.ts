/** A REST failure with its HTTP status and the `{error: {code, message}}` body clients get. */
export class RestError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 500 | 501 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (message: string) => new RestError(400, 'BAD_REQUEST', message);

const STATUS_OF_CODE: Record<string, RestError['status']> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  NOT_FOUND: 404,
  FORBIDDEN: 403,
  UNAUTHENTICATED: 401,
  SERVICE_UNAVAILABLE: 503,
  NOT_IMPLEMENTED: 501,
};

/** Maps a GraphQL error's `extensions.code` to the HTTP status of the legacy API. */
export function fromGraphQLError(err: { message: string; extensions?: Record<string, unknown> }): RestError {
  const code = String(err.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  return new RestError(STATUS_OF_CODE[code] ?? 500, code, err.message);
}
