import { useCallback } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../gql';
import type { ExportFormat, ExportIdsPolicy, InvestigationVisibility } from '../../gql/graphql';
import { download } from '../../lib/download';
import { canvasInput, entitiesOf, type CanvasNow } from './canvas';
import {
  AddNoteMutation,
  CreateInvestigationMutation,
  DeleteInvestigationMutation,
  DeleteNoteMutation,
  ExportEntitiesQuery,
  ExportInvestigationQuery,
  SavedInvestigationFragment,
  SavedInvestigationQuery,
  SavedInvestigationsQuery,
  UpdateInvestigationMutation,
} from './queries';

export interface SaveAs {
  name: string;
  description: string;
  visibility: InvestigationVisibility;
}

/** The saved investigation open in the explorer (if any), and what the analyst can do with it. */
export function useSavedInvestigation(id: string | null) {
  const client = useApolloClient();
  const { data, loading, error } = useQuery(SavedInvestigationQuery, { variables: { id: id ?? '' }, skip: !id });
  const saved = data?.investigation ? getFragmentData(SavedInvestigationFragment, data.investigation) : null;
  const refetchList = { refetchQueries: [SavedInvestigationsQuery] };
  const [create, creating] = useMutation(CreateInvestigationMutation, refetchList);
  const [update, updating] = useMutation(UpdateInvestigationMutation, refetchList);
  const [addNote] = useMutation(AddNoteMutation, refetchList);
  const [deleteNote] = useMutation(DeleteNoteMutation, refetchList);
  const [remove] = useMutation(DeleteInvestigationMutation, refetchList);

  const saveAs = useCallback(
    async (now: CanvasNow, as: SaveAs) => {
      const res = await create({
        variables: { input: { name: as.name, description: as.description, visibility: as.visibility, entities: entitiesOf(now), canvas: canvasInput(now) } },
      });
      return res.data ? getFragmentData(SavedInvestigationFragment, res.data.createInvestigation).key : null;
    },
    [create],
  );

  const save = useCallback(
    (now: CanvasNow) =>
      saved ? update({ variables: { id: saved.key, input: { entities: entitiesOf(now), canvas: canvasInput(now), version: saved.version } } }) : null,
    [saved, update],
  );

  const exportAs = useCallback(
    async (format: ExportFormat, now: CanvasNow, unsaved: boolean, name: string, idsPolicy: ExportIdsPolicy | null = null) => {
      const file =
        saved && !unsaved
          ? (await client.query({ query: ExportInvestigationQuery, variables: { id: saved.key, format, idsPolicy }, fetchPolicy: 'no-cache' })).data
              ?.investigation.export
          : (await client.query({ query: ExportEntitiesQuery, variables: { entities: entitiesOf(now), format, name, idsPolicy }, fetchPolicy: 'no-cache' }))
              .data?.exportEntities;
      if (file) download(file.filename, new Blob([file.content], { type: file.contentType }));
      return file?.filename ?? null;
    },
    [client, saved],
  );

  return {
    saved,
    loading,
    error,
    busy: creating.loading || updating.loading,
    saveError: creating.error ?? updating.error ?? null,
    saveAs,
    save,
    exportAs,
    addNote: (text: string, entity: { type: CanvasNow['nodes'][number]['type']; key: string } | null) =>
      saved ? addNote({ variables: { id: saved.key, input: { text, ...(entity ? { entity: { type: entity.type, value: entity.key } } : {}) } } }) : null,
    /** Renames or shares it: a change of its own, not of the canvas. */
    change: (input: { name?: string; visibility?: InvestigationVisibility }) =>
      saved ? update({ variables: { id: saved.key, input: { ...input, version: saved.version } } }) : null,
    remove: () => (saved ? remove({ variables: { id: saved.key } }) : null),
    deleteNote: (noteId: string) => (saved ? deleteNote({ variables: { id: saved.key, noteId } }) : null),
  };
}

export function useSavedInvestigations(open: boolean) {
  return useQuery(SavedInvestigationsQuery, { variables: {}, skip: !open, fetchPolicy: 'cache-and-network' });
}
