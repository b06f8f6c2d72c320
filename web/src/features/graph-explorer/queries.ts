import { graphql } from '../../gql';

/** What the canvas draws of an entity, wherever it comes from (a seed, an expansion, a path). */
export const ExplorerNodeFragment = graphql(`
  fragment ExplorerNode on Entity {
    type
    key
    hits
    detectionCount
    threatLevels {
      level
      count
    }
    classifications(first: 1) {
      label
    }
  }
`);

export const ExplorerSeedQuery = graphql(`
  query ExplorerSeed($type: EntityType!, $value: String!, $window: TimeWindow) {
    entity(type: $type, value: $value, window: $window) {
      ...ExplorerNode
    }
  }
`);

export const ExplorerNeighborsFragment = graphql(`
  fragment ExplorerNeighbors on NeighborGroup {
    type
    totalCount
    neighbors {
      linkKind
      weight
      uniqueIps
      hiddenNeighborCount
      entity {
        ...ExplorerNode
      }
    }
  }
`);

export const ExplorerExpandQuery = graphql(`
  query ExplorerExpand($type: EntityType!, $value: String!, $types: [EntityType!], $first: Int, $window: TimeWindow) {
    entity(type: $type, value: $value, window: $window) {
      type
      key
      neighbors(types: $types, first: $first) {
        ...ExplorerNeighbors
      }
    }
  }
`);

/** A selection expanded by one link type: one request, batched on the server like the rest. */
export const ExplorerBulkExpandQuery = graphql(`
  query ExplorerBulkExpand($refs: [EntityRefInput!]!, $types: [EntityType!], $first: Int, $window: TimeWindow) {
    entities(refs: $refs, window: $window) {
      type
      key
      neighbors(types: $types, first: $first) {
        ...ExplorerNeighbors
      }
    }
  }
`);

/** How two nodes are connected, with what the canvas draws of each entity on the paths. */
export const ExplorerConnectQuery = graphql(`
  query ExplorerConnect($a: EntityRefInput!, $b: EntityRefInput!, $window: TimeWindow) {
    connections(a: $a, b: $b, window: $window) {
      common {
        type
        key
      }
      paths {
        hops
        weight
        entities {
          ...ExplorerNode
        }
      }
    }
  }
`);

export const ExplorerMenuQuery = graphql(`
  query ExplorerMenu($type: EntityType!, $value: String!, $window: TimeWindow) {
    entity(type: $type, value: $value, window: $window) {
      type
      key
      neighbors(first: 1) {
        type
        totalCount
      }
    }
  }
`);

export const ExplorerDetailsQuery = graphql(`
  query ExplorerDetails($type: EntityType!, $value: String!, $window: TimeWindow, $rawWindow: TimeWindow) {
    entity(type: $type, value: $value, window: $window) {
      type
      key
      hits
      uniqueIps
      detectionCount
      firstSeen
      lastSeen
      threatLevels {
        level
        count
      }
      ... on IP {
        id
        investigation(window: $rawWindow) {
          riskScore
          recommendation {
            label
            reason
          }
        }
        asn {
          id
          number
          name
        }
        country {
          id
          code
        }
      }
      ... on JA4 {
        id
        population {
          concentration
          countries
          asns
        }
        knownApplications {
          application
        }
      }
      ... on ASN {
        id
        name
        label
      }
      ... on Country {
        id
        name
      }
    }
  }
`);

/** When each drawn link carried its requests, for the time brush. */
export const ExplorerLinkActivityQuery = graphql(`
  query ExplorerLinkActivity($links: [LinkRefInput!]!, $window: TimeWindow) {
    linkActivity(links: $links, window: $window) {
      bucketSeconds
      window {
        since
        until
      }
      links {
        timeline {
          start
          hits
        }
      }
    }
  }
`);

/** How the seeds link to each other: what a canvas of several seeds (a hunt's, an alert's) draws between them. */
export const ExplorerSeedLinksQuery = graphql(`
  query ExplorerSeedLinks($refs: [EntityRefInput!]!, $window: TimeWindow) {
    linksAmong(refs: $refs, window: $window) {
      links {
        from {
          type
          key
        }
        to {
          type
          key
        }
        linkKind
        weight
      }
    }
  }
`);
