/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** An IPv4 or IPv6 address. Accepts IPv4 (203.0.113.7), IPv6 (2001:db8::1) and IPv4-mapped IPv6 (::ffff:203.0.113.7); always prints IPv4 without the ::ffff: prefix. */
  IP: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

/** Whether the product can reach ClickHouse, and how much data it holds. */
export type Health = {
  __typename?: 'Health';
  /** When this check ran. */
  checkedAt: Scalars['DateTime']['output'];
  /** Processing database name. */
  database: Scalars['String']['output'];
  /** HTTP logs database name. */
  logsDatabase: Scalars['String']['output'];
  /** `embedded` (chDB in-process) or `server` (ClickHouse over HTTP). */
  mode: Scalars['String']['output'];
  /** True when ClickHouse answered. */
  ok: Scalars['Boolean']['output'];
  /** Row counts of the main tables. */
  tables: Array<TableCount>;
  /** ClickHouse version. */
  version?: Maybe<Scalars['String']['output']>;
};

/** Entry points into the investigation graph. */
export type Query = {
  __typename?: 'Query';
  _service: _Service;
  /** Database connectivity, version and row counts (the same data as GET /health). */
  health: Health;
};

/** Row count of one ClickHouse table. */
export type TableCount = {
  __typename?: 'TableCount';
  /** Number of rows (exact count). */
  rows: Scalars['Float']['output'];
  /** Table name. */
  table: Scalars['String']['output'];
};

export type _Service = {
  __typename?: '_Service';
  /** The sdl representing the federated service capabilities. Includes federation directives, removes federation types, and includes rest of full schema after schema directives have been applied */
  sdl?: Maybe<Scalars['String']['output']>;
};

export type HealthPageQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthPageQuery = { __typename?: 'Query', health: { __typename?: 'Health', ok: boolean, mode: string, version?: string | null, database: string, logsDatabase: string, checkedAt: string, tables: Array<{ __typename?: 'TableCount', table: string, rows: number }> } };


export const HealthPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HealthPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"database"}},{"kind":"Field","name":{"kind":"Name","value":"logsDatabase"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"table"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}}]}}]}}]}}]} as unknown as DocumentNode<HealthPageQuery, HealthPageQueryVariables>;