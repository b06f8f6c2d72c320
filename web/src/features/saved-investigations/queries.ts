import { graphql } from '../../gql';

export const SavedNoteFragment = graphql(`
  fragment SavedNote on InvestigationNote {
    id
    text
    author
    createdAt
    entity {
      type
      key
    }
  }
`);

export const SavedInvestigationFragment = graphql(`
  fragment SavedInvestigation on Investigation {
    id
    key
    version
    name
    description
    owner
    visibility
    canEdit
    canNote
    updatedAt
    canvas {
      steps
      window
      layout
      positions {
        node
        x
        y
      }
    }
    notes {
      ...SavedNote
    }
  }
`);

export const SavedInvestigationQuery = graphql(`
  query SavedInvestigation($id: ID!) {
    investigation(id: $id) {
      ...SavedInvestigation
    }
  }
`);

export const SavedInvestigationsQuery = graphql(`
  query SavedInvestigations($scope: InvestigationScope) {
    investigations(scope: $scope, first: 100) {
      totalCount
      items {
        key
        name
        owner
        visibility
        entityCount
        noteCount
        updatedAt
        published
        canPublish
      }
    }
  }
`);

export const PublishInvestigationMutation = graphql(`
  mutation PublishInvestigation($id: ID!, $published: Boolean!) {
    publishInvestigation(id: $id, published: $published) {
      key
      published
      feedUrl
    }
  }
`);

export const CreateInvestigationMutation = graphql(`
  mutation CreateInvestigation($input: InvestigationInput!) {
    createInvestigation(input: $input) {
      ...SavedInvestigation
    }
  }
`);

export const UpdateInvestigationMutation = graphql(`
  mutation UpdateInvestigation($id: ID!, $input: InvestigationChanges!) {
    updateInvestigation(id: $id, input: $input) {
      ...SavedInvestigation
    }
  }
`);

export const AddNoteMutation = graphql(`
  mutation AddInvestigationNote($id: ID!, $input: InvestigationNoteInput!) {
    addInvestigationNote(id: $id, input: $input) {
      investigation {
        ...SavedInvestigation
      }
    }
  }
`);

export const DeleteNoteMutation = graphql(`
  mutation DeleteInvestigationNote($id: ID!, $noteId: String!) {
    deleteInvestigationNote(id: $id, noteId: $noteId) {
      ...SavedInvestigation
    }
  }
`);

export const ExportInvestigationQuery = graphql(`
  query ExportInvestigation($id: ID!, $format: ExportFormat!, $idsPolicy: ExportIdsPolicy) {
    investigation(id: $id) {
      id
      export(format: $format, idsPolicy: $idsPolicy) {
        filename
        contentType
        content
      }
    }
  }
`);

export const ExportEntitiesQuery = graphql(`
  query ExportEntities($entities: [EntityRefInput!]!, $format: ExportFormat!, $name: String, $idsPolicy: ExportIdsPolicy) {
    exportEntities(entities: $entities, format: $format, name: $name, idsPolicy: $idsPolicy) {
      filename
      contentType
      content
    }
  }
`);

export const DeleteInvestigationMutation = graphql(`
  mutation DeleteInvestigation($id: ID!) {
    deleteInvestigation(id: $id) {
      id
      deleted
    }
  }
`);
