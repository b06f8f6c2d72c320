import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { InvestigationVisibility } from '../../gql/graphql';
import { formatTime } from '../../lib/format';
import type { SaveAs } from './useSavedInvestigation';
import { useSavedInvestigations } from './useSavedInvestigation';
import { QueryStates } from '../../components/Panel';
import { panelStates } from '../../components/panel-states';

interface Props {
  name: string | null;
  visibility: InvestigationVisibility | null;
  canEdit: boolean;
  unsaved: boolean;
  busy: boolean;
  empty: boolean;
  error: string | null;
  onSave: () => void;
  onSaveAs: (as: SaveAs) => void;
  onRename: (name: string) => void;
  onShare: (visibility: InvestigationVisibility) => void;
  onDelete: () => void;
}

/** Saving, re-saving and opening investigations from the explorer, with unsaved changes shown. */
export function SaveBar({ name, visibility, canEdit, unsaved, busy, empty, error, onSave, onSaveAs, onRename, onShare, onDelete }: Props) {
  const [asking, setAsking] = useState(false);
  const [listing, setListing] = useState(false);
  const [draft, setDraft] = useState<SaveAs>({ name: '', description: '', visibility: 'PRIVATE' });
  const list = useSavedInvestigations(listing);

  return (
    <div className="save-bar" role="group" aria-label="Saved investigation">
      <span className="save-name">
        {name ? <strong>{name}</strong> : <span className="muted">Not saved</span>}
        {name && unsaved && (
          <span className="unsaved" role="status">
            {' '}
            ● Unsaved changes
          </span>
        )}
      </span>
      {name && canEdit && (
        <button type="button" className="button" onClick={onSave} disabled={busy || !unsaved}>
          Save
        </button>
      )}
      {name && canEdit && (
        <>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => {
              const next = window.prompt('Rename the investigation', name)?.trim();
              if (next && next !== name) onRename(next);
            }}
          >
            Rename
          </button>
          <label className="small">
            <input type="checkbox" checked={visibility === 'TEAM'} disabled={busy} onChange={(e) => onShare(e.target.checked ? 'TEAM' : 'PRIVATE')} /> Shared
            with the team
          </label>
          <button type="button" className="button" disabled={busy} onClick={() => window.confirm(`Delete “${name}”? An admin can restore it.`) && onDelete()}>
            Delete
          </button>
        </>
      )}
      <button type="button" className="button" onClick={() => setAsking(!asking)} disabled={busy || empty} aria-expanded={asking}>
        {name ? 'Save as…' : 'Save…'}
      </button>
      <button type="button" className="button" onClick={() => setListing(!listing)} aria-expanded={listing}>
        Investigations
      </button>
      {error && (
        <span role="alert" className="panel-error small">
          {error}
        </span>
      )}
      {asking && (
        <form
          className="save-form"
          aria-label="Save the investigation"
          onSubmit={(e) => {
            e.preventDefault();
            if (!draft.name.trim()) return;
            onSaveAs(draft);
            setAsking(false);
          }}
        >
          <label>
            Name <input required maxLength={200} value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} autoFocus />
          </label>
          <label>
            Description <textarea rows={2} maxLength={4000} value={draft.description} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
          </label>
          <label>
            <input
              type="checkbox"
              checked={draft.visibility === 'TEAM'}
              onChange={(e) => setDraft({ ...draft, visibility: (e.target.checked ? 'TEAM' : 'PRIVATE') as InvestigationVisibility })}
            />{' '}
            Share with the team
          </label>
          <button type="submit" className="button primary" disabled={busy}>
            Save investigation
          </button>
          <button type="button" className="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </form>
      )}
      {listing && (
        <div className="save-list" role="region" aria-label="Saved investigations">
          <QueryStates
            {...panelStates(list)}
            errorText="Could not list investigations"
            empty={list.data?.investigations.items.length === 0}
            emptyText="No saved investigation yet."
          />
          <ul>
            {list.data?.investigations.items.map((i) => (
              <li key={i.key}>
                <Link to={`/graph?inv=${i.key}`} onClick={() => setListing(false)}>
                  {i.name}
                </Link>{' '}
                <span className="muted small">
                  {i.owner}
                  {i.visibility === 'TEAM' ? ' · shared' : ''} · {i.entityCount} entities · {i.noteCount} notes · {formatTime(i.updatedAt)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
