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
    "query LegacyClusteringStatus {\n  clusteringStatus {\n    state\n    ttlSeconds\n    computedAt\n    expiresAt\n    durationMs\n    points\n    k\n    silhouette\n    features\n    tried {\n      k\n      silhouette\n    }\n  }\n}\n\nquery LegacyClusters {\n  clusters {\n    clusterId\n    size\n    profile\n    hits\n    detectionCount\n    centroid {\n      feature\n      value\n      zScore\n    }\n  }\n}\n\nquery LegacyClusterIps($id: String!, $first: Int) {\n  cluster(id: $id) {\n    clusterId\n    size\n    ips(first: $first) {\n      totalCount\n      edges {\n        hits\n        node {\n          address\n          country {\n            code\n          }\n          asn {\n            number\n            name\n          }\n        }\n      }\n    }\n  }\n}": typeof types.LegacyClusteringStatusDocument,
    "query LegacyDetections($filter: DetectionFilter, $orderBy: DetectionOrder, $first: Int, $offset: Int, $window: TimeWindow) {\n  detections(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    offset: $offset\n    window: $window\n  ) {\n    totalCount\n    edges {\n      node {\n        ...LegacyDetection\n      }\n    }\n  }\n}\n\nquery LegacyDetection($id: String!) {\n  detection(id: $id) {\n    ...LegacyDetection\n  }\n}\n\nfragment LegacyDetection on Detection {\n  detectionId\n  detectedAt\n  windowStart\n  model\n  threatLevel\n  anomalyScore\n  rawAnomalyScore\n  xgbProb\n  aeReconError\n  isAnomaly\n  reason\n  botName\n  browserFamily\n  userAgent\n  clientHeaders\n  recurrence\n  windowHits\n  asnNumber\n  asnOrg\n  asnLabel\n  countryCode\n  features {\n    hitVelocity\n    fuzzingIndex\n    postRatio\n    assetRatio\n    directAccessRatio\n    temporalEntropy\n    pathDiversityRatio\n    modernBrowserScore\n    headerCount\n    srcPortDensity\n    distinctJa4Count\n    uaRotating\n  }\n  ip {\n    address\n  }\n  ja4 {\n    fingerprint\n  }\n  host {\n    name\n  }\n  campaign {\n    campaignId\n  }\n}": typeof types.LegacyDetectionsDocument,
    "query LegacyQuickSearch($query: String!, $first: Int) {\n  search(query: $query, first: $first) {\n    type\n    key\n    label\n    match\n    hits\n  }\n}\n\nquery LegacyEntityTypes {\n  __type(name: \"EntityType\") {\n    enumValues {\n      name\n      description\n    }\n  }\n}": typeof types.LegacyQuickSearchDocument,
};
const documents: Documents = {
    "query LegacyClusteringStatus {\n  clusteringStatus {\n    state\n    ttlSeconds\n    computedAt\n    expiresAt\n    durationMs\n    points\n    k\n    silhouette\n    features\n    tried {\n      k\n      silhouette\n    }\n  }\n}\n\nquery LegacyClusters {\n  clusters {\n    clusterId\n    size\n    profile\n    hits\n    detectionCount\n    centroid {\n      feature\n      value\n      zScore\n    }\n  }\n}\n\nquery LegacyClusterIps($id: String!, $first: Int) {\n  cluster(id: $id) {\n    clusterId\n    size\n    ips(first: $first) {\n      totalCount\n      edges {\n        hits\n        node {\n          address\n          country {\n            code\n          }\n          asn {\n            number\n            name\n          }\n        }\n      }\n    }\n  }\n}": types.LegacyClusteringStatusDocument,
    "query LegacyDetections($filter: DetectionFilter, $orderBy: DetectionOrder, $first: Int, $offset: Int, $window: TimeWindow) {\n  detections(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    offset: $offset\n    window: $window\n  ) {\n    totalCount\n    edges {\n      node {\n        ...LegacyDetection\n      }\n    }\n  }\n}\n\nquery LegacyDetection($id: String!) {\n  detection(id: $id) {\n    ...LegacyDetection\n  }\n}\n\nfragment LegacyDetection on Detection {\n  detectionId\n  detectedAt\n  windowStart\n  model\n  threatLevel\n  anomalyScore\n  rawAnomalyScore\n  xgbProb\n  aeReconError\n  isAnomaly\n  reason\n  botName\n  browserFamily\n  userAgent\n  clientHeaders\n  recurrence\n  windowHits\n  asnNumber\n  asnOrg\n  asnLabel\n  countryCode\n  features {\n    hitVelocity\n    fuzzingIndex\n    postRatio\n    assetRatio\n    directAccessRatio\n    temporalEntropy\n    pathDiversityRatio\n    modernBrowserScore\n    headerCount\n    srcPortDensity\n    distinctJa4Count\n    uaRotating\n  }\n  ip {\n    address\n  }\n  ja4 {\n    fingerprint\n  }\n  host {\n    name\n  }\n  campaign {\n    campaignId\n  }\n}": types.LegacyDetectionsDocument,
    "query LegacyQuickSearch($query: String!, $first: Int) {\n  search(query: $query, first: $first) {\n    type\n    key\n    label\n    match\n    hits\n  }\n}\n\nquery LegacyEntityTypes {\n  __type(name: \"EntityType\") {\n    enumValues {\n      name\n      description\n    }\n  }\n}": types.LegacyQuickSearchDocument,
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
export function graphql(source: "query LegacyClusteringStatus {\n  clusteringStatus {\n    state\n    ttlSeconds\n    computedAt\n    expiresAt\n    durationMs\n    points\n    k\n    silhouette\n    features\n    tried {\n      k\n      silhouette\n    }\n  }\n}\n\nquery LegacyClusters {\n  clusters {\n    clusterId\n    size\n    profile\n    hits\n    detectionCount\n    centroid {\n      feature\n      value\n      zScore\n    }\n  }\n}\n\nquery LegacyClusterIps($id: String!, $first: Int) {\n  cluster(id: $id) {\n    clusterId\n    size\n    ips(first: $first) {\n      totalCount\n      edges {\n        hits\n        node {\n          address\n          country {\n            code\n          }\n          asn {\n            number\n            name\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query LegacyClusteringStatus {\n  clusteringStatus {\n    state\n    ttlSeconds\n    computedAt\n    expiresAt\n    durationMs\n    points\n    k\n    silhouette\n    features\n    tried {\n      k\n      silhouette\n    }\n  }\n}\n\nquery LegacyClusters {\n  clusters {\n    clusterId\n    size\n    profile\n    hits\n    detectionCount\n    centroid {\n      feature\n      value\n      zScore\n    }\n  }\n}\n\nquery LegacyClusterIps($id: String!, $first: Int) {\n  cluster(id: $id) {\n    clusterId\n    size\n    ips(first: $first) {\n      totalCount\n      edges {\n        hits\n        node {\n          address\n          country {\n            code\n          }\n          asn {\n            number\n            name\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LegacyDetections($filter: DetectionFilter, $orderBy: DetectionOrder, $first: Int, $offset: Int, $window: TimeWindow) {\n  detections(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    offset: $offset\n    window: $window\n  ) {\n    totalCount\n    edges {\n      node {\n        ...LegacyDetection\n      }\n    }\n  }\n}\n\nquery LegacyDetection($id: String!) {\n  detection(id: $id) {\n    ...LegacyDetection\n  }\n}\n\nfragment LegacyDetection on Detection {\n  detectionId\n  detectedAt\n  windowStart\n  model\n  threatLevel\n  anomalyScore\n  rawAnomalyScore\n  xgbProb\n  aeReconError\n  isAnomaly\n  reason\n  botName\n  browserFamily\n  userAgent\n  clientHeaders\n  recurrence\n  windowHits\n  asnNumber\n  asnOrg\n  asnLabel\n  countryCode\n  features {\n    hitVelocity\n    fuzzingIndex\n    postRatio\n    assetRatio\n    directAccessRatio\n    temporalEntropy\n    pathDiversityRatio\n    modernBrowserScore\n    headerCount\n    srcPortDensity\n    distinctJa4Count\n    uaRotating\n  }\n  ip {\n    address\n  }\n  ja4 {\n    fingerprint\n  }\n  host {\n    name\n  }\n  campaign {\n    campaignId\n  }\n}"): (typeof documents)["query LegacyDetections($filter: DetectionFilter, $orderBy: DetectionOrder, $first: Int, $offset: Int, $window: TimeWindow) {\n  detections(\n    filter: $filter\n    orderBy: $orderBy\n    first: $first\n    offset: $offset\n    window: $window\n  ) {\n    totalCount\n    edges {\n      node {\n        ...LegacyDetection\n      }\n    }\n  }\n}\n\nquery LegacyDetection($id: String!) {\n  detection(id: $id) {\n    ...LegacyDetection\n  }\n}\n\nfragment LegacyDetection on Detection {\n  detectionId\n  detectedAt\n  windowStart\n  model\n  threatLevel\n  anomalyScore\n  rawAnomalyScore\n  xgbProb\n  aeReconError\n  isAnomaly\n  reason\n  botName\n  browserFamily\n  userAgent\n  clientHeaders\n  recurrence\n  windowHits\n  asnNumber\n  asnOrg\n  asnLabel\n  countryCode\n  features {\n    hitVelocity\n    fuzzingIndex\n    postRatio\n    assetRatio\n    directAccessRatio\n    temporalEntropy\n    pathDiversityRatio\n    modernBrowserScore\n    headerCount\n    srcPortDensity\n    distinctJa4Count\n    uaRotating\n  }\n  ip {\n    address\n  }\n  ja4 {\n    fingerprint\n  }\n  host {\n    name\n  }\n  campaign {\n    campaignId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LegacyQuickSearch($query: String!, $first: Int) {\n  search(query: $query, first: $first) {\n    type\n    key\n    label\n    match\n    hits\n  }\n}\n\nquery LegacyEntityTypes {\n  __type(name: \"EntityType\") {\n    enumValues {\n      name\n      description\n    }\n  }\n}"): (typeof documents)["query LegacyQuickSearch($query: String!, $first: Int) {\n  search(query: $query, first: $first) {\n    type\n    key\n    label\n    match\n    hits\n  }\n}\n\nquery LegacyEntityTypes {\n  __type(name: \"EntityType\") {\n    enumValues {\n      name\n      description\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;