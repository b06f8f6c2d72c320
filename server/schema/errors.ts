import { GraphQLError } from 'graphql';

export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'SERVICE_UNAVAILABLE' | 'NOT_IMPLEMENTED' | 'CONFLICT';

export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra?: Record<string, unknown>) => appError('BAD_USER_INPUT', message, extra);
