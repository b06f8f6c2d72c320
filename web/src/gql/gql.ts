/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment LiveAlerts_detections on DetectionConnection {\n    edges {\n      node {\n        id\n        detectedAt\n        threatLevel\n        anomalyScore\n        reason\n        ip {\n          id\n          address\n        }\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LiveAlerts_DetectionsFragmentDoc,
    "\n  fragment ThreatBars_metrics on DetectionMetrics {\n    totalDetections\n    byLevel {\n      level\n      count\n    }\n  }\n": typeof types.ThreatBars_MetricsFragmentDoc,
    "\n  fragment ThreatTimeline_metrics on DetectionMetrics {\n    timeline {\n      start\n      total\n      levels {\n        level\n        count\n      }\n    }\n  }\n": typeof types.ThreatTimeline_MetricsFragmentDoc,
    "\n  query QuickSearch($query: String!) {\n    search(query: $query, first: 12, window: { preset: LAST_30D }) {\n      type\n      key\n      label\n      match\n      hits\n    }\n  }\n": typeof types.QuickSearchDocument,
    "\n  query DashboardMetrics($window: TimeWindow) {\n    metrics(window: $window) {\n      totalDetections\n      uniqueIps\n      until\n      byLevel {\n        level\n        count\n      }\n      ...ThreatBars_metrics\n      ...ThreatTimeline_metrics\n    }\n  }\n": typeof types.DashboardMetricsDocument,
    "\n  query DashboardAlerts($window: TimeWindow) {\n    detections(first: 8, window: $window, filter: { threatLevels: [CRITICAL, HIGH] }, orderBy: { field: DETECTED_AT, direction: DESC }) {\n      totalCount\n      ...LiveAlerts_detections\n    }\n  }\n": typeof types.DashboardAlertsDocument,
    "\n  query DashboardTopIps($window: TimeWindow) {\n    metrics(window: $window) {\n      topIps(first: 10) {\n        ip {\n          id\n          address\n        }\n        detections\n        worstScore\n        threatLevel\n        asnOrg\n        countryCode\n      }\n    }\n  }\n": typeof types.DashboardTopIpsDocument,
    "\n  query HealthPage {\n    health {\n      ok\n      mode\n      version\n      database\n      logsDatabase\n      checkedAt\n      tables {\n        table\n        rows\n      }\n    }\n  }\n": typeof types.HealthPageDocument,
};
const documents: Documents = {
    "\n  fragment LiveAlerts_detections on DetectionConnection {\n    edges {\n      node {\n        id\n        detectedAt\n        threatLevel\n        anomalyScore\n        reason\n        ip {\n          id\n          address\n        }\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LiveAlerts_DetectionsFragmentDoc,
    "\n  fragment ThreatBars_metrics on DetectionMetrics {\n    totalDetections\n    byLevel {\n      level\n      count\n    }\n  }\n": types.ThreatBars_MetricsFragmentDoc,
    "\n  fragment ThreatTimeline_metrics on DetectionMetrics {\n    timeline {\n      start\n      total\n      levels {\n        level\n        count\n      }\n    }\n  }\n": types.ThreatTimeline_MetricsFragmentDoc,
    "\n  query QuickSearch($query: String!) {\n    search(query: $query, first: 12, window: { preset: LAST_30D }) {\n      type\n      key\n      label\n      match\n      hits\n    }\n  }\n": types.QuickSearchDocument,
    "\n  query DashboardMetrics($window: TimeWindow) {\n    metrics(window: $window) {\n      totalDetections\n      uniqueIps\n      until\n      byLevel {\n        level\n        count\n      }\n      ...ThreatBars_metrics\n      ...ThreatTimeline_metrics\n    }\n  }\n": types.DashboardMetricsDocument,
    "\n  query DashboardAlerts($window: TimeWindow) {\n    detections(first: 8, window: $window, filter: { threatLevels: [CRITICAL, HIGH] }, orderBy: { field: DETECTED_AT, direction: DESC }) {\n      totalCount\n      ...LiveAlerts_detections\n    }\n  }\n": types.DashboardAlertsDocument,
    "\n  query DashboardTopIps($window: TimeWindow) {\n    metrics(window: $window) {\n      topIps(first: 10) {\n        ip {\n          id\n          address\n        }\n        detections\n        worstScore\n        threatLevel\n        asnOrg\n        countryCode\n      }\n    }\n  }\n": types.DashboardTopIpsDocument,
    "\n  query HealthPage {\n    health {\n      ok\n      mode\n      version\n      database\n      logsDatabase\n      checkedAt\n      tables {\n        table\n        rows\n      }\n    }\n  }\n": types.HealthPageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveAlerts_detections on DetectionConnection {\n    edges {\n      node {\n        id\n        detectedAt\n        threatLevel\n        anomalyScore\n        reason\n        ip {\n          id\n          address\n        }\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LiveAlerts_detections on DetectionConnection {\n    edges {\n      node {\n        id\n        detectedAt\n        threatLevel\n        anomalyScore\n        reason\n        ip {\n          id\n          address\n        }\n        host {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreatBars_metrics on DetectionMetrics {\n    totalDetections\n    byLevel {\n      level\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment ThreatBars_metrics on DetectionMetrics {\n    totalDetections\n    byLevel {\n      level\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreatTimeline_metrics on DetectionMetrics {\n    timeline {\n      start\n      total\n      levels {\n        level\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ThreatTimeline_metrics on DetectionMetrics {\n    timeline {\n      start\n      total\n      levels {\n        level\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuickSearch($query: String!) {\n    search(query: $query, first: 12, window: { preset: LAST_30D }) {\n      type\n      key\n      label\n      match\n      hits\n    }\n  }\n"): (typeof documents)["\n  query QuickSearch($query: String!) {\n    search(query: $query, first: 12, window: { preset: LAST_30D }) {\n      type\n      key\n      label\n      match\n      hits\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardMetrics($window: TimeWindow) {\n    metrics(window: $window) {\n      totalDetections\n      uniqueIps\n      until\n      byLevel {\n        level\n        count\n      }\n      ...ThreatBars_metrics\n      ...ThreatTimeline_metrics\n    }\n  }\n"): (typeof documents)["\n  query DashboardMetrics($window: TimeWindow) {\n    metrics(window: $window) {\n      totalDetections\n      uniqueIps\n      until\n      byLevel {\n        level\n        count\n      }\n      ...ThreatBars_metrics\n      ...ThreatTimeline_metrics\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardAlerts($window: TimeWindow) {\n    detections(first: 8, window: $window, filter: { threatLevels: [CRITICAL, HIGH] }, orderBy: { field: DETECTED_AT, direction: DESC }) {\n      totalCount\n      ...LiveAlerts_detections\n    }\n  }\n"): (typeof documents)["\n  query DashboardAlerts($window: TimeWindow) {\n    detections(first: 8, window: $window, filter: { threatLevels: [CRITICAL, HIGH] }, orderBy: { field: DETECTED_AT, direction: DESC }) {\n      totalCount\n      ...LiveAlerts_detections\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardTopIps($window: TimeWindow) {\n    metrics(window: $window) {\n      topIps(first: 10) {\n        ip {\n          id\n          address\n        }\n        detections\n        worstScore\n        threatLevel\n        asnOrg\n        countryCode\n      }\n    }\n  }\n"): (typeof documents)["\n  query DashboardTopIps($window: TimeWindow) {\n    metrics(window: $window) {\n      topIps(first: 10) {\n        ip {\n          id\n          address\n        }\n        detections\n        worstScore\n        threatLevel\n        asnOrg\n        countryCode\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthPage {\n    health {\n      ok\n      mode\n      version\n      database\n      logsDatabase\n      checkedAt\n      tables {\n        table\n        rows\n      }\n    }\n  }\n"): (typeof documents)["\n  query HealthPage {\n    health {\n      ok\n      mode\n      version\n      database\n      logsDatabase\n      checkedAt\n      tables {\n        table\n        rows\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;