import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'SERVICE_UNAVAILABLE' | 'NOT_IMPLEMENTED' | 'CONFLICT';

export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) => appError('BAD_USER_INPUT', message, extra);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A UUID as the caller typed it, lower-cased; BAD_USER_INPUT naming what it should have been otherwise. */
export function uuidOf(id: string, what: string): string {
  if (!UUID.test(id)) throw badInput(`"${id.slice(0, 64)}" is not ${what}`);
  return id.toLowerCase();
}
