import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Query } from './params.js';

export interface ParamDoc {
  name: string;
  description: string;
  type?: 'string' | 'integer';
  enum?: string[];
}

/** One legacy REST path: the GraphQL document that answers it, and how to map in and out. */
/** A response that is a file rather than JSON (an export). */
export interface FileResponse {
  body: string;
  contentType: string;
  filename: string;
}

export interface Route<D = unknown, V extends Record<string, unknown> = Record<string, unknown>> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The legacy path, with `{name}` parameters. */
  path: string;
  tag: string;
  summary: string;
  query?: ParamDoc[];
  /** The named document it runs; a route without one answers 501. */
  operation?: TypedDocumentNode<D, V>;
  variables?: (input: { params: Record<string, string>; query: Query; body: unknown }) => V;
  shape?: (data: D, input: { params: Record<string, string>; query: Query }) => unknown;
  /** The status of a success (default 200; 201 for a creation). */
  status?: 200 | 201;
  /** Answers with a file instead of JSON. */
  file?: (data: D, input: { params: Record<string, string>; query: Query }) => FileResponse;
  /** True when the data says the entity does not exist: answered 404. */
  notFound?: (data: D) => boolean;
  /**
   * The body's content types, when it is an upload rather than a JSON request (default
   * application/json only); a text body reaches `variables` as a string. Anything else is a 415.
   */
  accepts?: readonly string[];
  /** For routes not answered yet: the graph capability they wait for. */
  missing?: string;
}

export const pending = (method: Route['method'], path: string, tag: string, summary: string, missing: string): Route => ({
  method,
  path,
  tag,
  summary,
  missing,
});

/** Types a route's mapping and shaping from its document, then widens it for the table. */
export const defineRoute = <D, V extends Record<string, unknown>>(r: Route<D, V> & { operation: TypedDocumentNode<D, V> }): Route => r as Route;
