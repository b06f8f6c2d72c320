import { graphql } from '../../gql';

export const AlertSummaryFragment = graphql(`
  fragment AlertSummary on Alert {
    id
    version
    title
    state
    assignee
    raisedAt
    lastHour
    watchName
    entity {
      type
      key
    }
  }
`);

export const AlertBadgeQuery = graphql(`
  query AlertBadge {
    alerts(states: [NEW], first: 8) {
      newCount
      items {
        ...AlertSummary
      }
    }
  }
`);

export const AlertsQuery = graphql(`
  query Alerts($states: [AlertState!], $first: Int, $offset: Int) {
    alerts(states: $states, first: $first, offset: $offset) {
      totalCount
      newCount
      items {
        ...AlertSummary
      }
    }
  }
`);

export const AlertQuery = graphql(`
  query Alert($id: ID!) {
    alert(id: $id) {
      ...AlertSummary
      rule
      episodeStart
      updatedAt
      evidence
      newEntities {
        type
        key
      }
      watch {
        id
        name
        investigationId
      }
      comments {
        id
        text
        author
        createdAt
      }
    }
  }
`);

export const SetAlertStateMutation = graphql(`
  mutation SetAlertState($id: ID!, $version: Float, $acknowledge: Boolean!, $close: Boolean!, $reopen: Boolean!) {
    acknowledgeAlert(id: $id, version: $version) @include(if: $acknowledge) {
      id
      version
      state
    }
    closeAlert(id: $id, version: $version) @include(if: $close) {
      id
      version
      state
    }
    reopenAlert(id: $id, version: $version) @include(if: $reopen) {
      id
      version
      state
    }
  }
`);

export const AssignAlertMutation = graphql(`
  mutation AssignAlert($id: ID!, $assignee: String) {
    assignAlert(id: $id, assignee: $assignee) {
      id
      version
      assignee
    }
  }
`);

export const CommentOnAlertMutation = graphql(`
  mutation CommentOnAlert($id: ID!, $text: String!) {
    commentOnAlert(id: $id, text: $text) {
      id
    }
  }
`);

export const EntityWatchesQuery = graphql(`
  query EntityWatches($entity: EntityRefInput!) {
    watches(entity: $entity) {
      items {
        id
        name
        owner
        canEdit
        rules {
          text
        }
      }
    }
  }
`);

export const CreateWatchMutation = graphql(`
  mutation CreateWatch($input: WatchInput!) {
    createWatch(input: $input) {
      id
    }
  }
`);

export const DeleteWatchMutation = graphql(`
  mutation DeleteWatch($id: ID!) {
    deleteWatch(id: $id) {
      id
    }
  }
`);

/** What the live stream carries: enough to know something was raised (the badge refetches). */
export const ALERT_STREAM = 'subscription AlertStream { alertRaised { id title } }';

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      user
      canWrite
    }
  }
`);

/** The watches on the page's entity: spread in the page's one query (its `$type` and `$value`). */
export const WatchToggleFragment = graphql(`
  fragment WatchToggle_query on Query {
    watches(entity: { type: $type, value: $value }) {
      items {
        id
        name
        owner
        canEdit
        rules {
          text
        }
      }
    }
  }
`);

export const WatchesQuery = graphql(`
  query Watches {
    watches(first: 200) {
      totalCount
      items {
        id
        version
        name
        owner
        visibility
        mutedUntil
        canEdit
        investigationId
        investigationName
        entity {
          type
          key
        }
        rules {
          text
        }
      }
    }
  }
`);

export const UpdateWatchMutation = graphql(`
  mutation UpdateWatch($id: ID!, $input: WatchChanges!) {
    updateWatch(id: $id, input: $input) {
      id
      version
      mutedUntil
      visibility
    }
  }
`);

export const WatchInvestigationMutation = graphql(`
  mutation WatchInvestigation($id: String!, $name: String) {
    createWatch(input: { investigation: $id, name: $name, visibility: TEAM, rules: [{ kind: NEW_NEIGHBOURS, neighbour: IP }, { kind: DETECTIONS, level: HIGH }, { kind: RETURNS_AFTER_SILENCE, days: 7 }] }) {
      id
    }
  }
`);

export const WebhooksQuery = graphql(`
  query Webhooks {
    webhooks {
      id
      name
      url
      format
      enabled
      failing
      deliveries(first: 5) {
        at
        alertId
        attempt
        outcome
        httpStatus
        error
      }
    }
  }
`);

export const CreateWebhookMutation = graphql(`
  mutation CreateWebhook($input: WebhookInput!) {
    createWebhook(input: $input) {
      secret
      webhook {
        id
      }
    }
  }
`);

export const TestWebhookMutation = graphql(`
  mutation TestWebhook($id: ID!) {
    testWebhook(id: $id) {
      outcome
      httpStatus
      error
      ms
    }
  }
`);

export const DeleteWebhookMutation = graphql(`
  mutation DeleteWebhook($id: ID!) {
    deleteWebhook(id: $id) {
      id
    }
  }
`);
