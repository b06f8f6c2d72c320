import { useState } from 'react';
import Markdown, { type Components } from 'react-markdown';

/**
 * A note's images are shown as links: loading them would tell their host who reads the note, and
 * when (the CSP would refuse most of them anyway). Links open without a referrer.
 */
const NOTE_MARKDOWN: Components = {
  img: ({ src, alt }) => (
    <a href={typeof src === 'string' ? src : undefined} target="_blank" rel="noreferrer noopener" className="note-image-link">
      🖼 {alt || (typeof src === 'string' ? src : 'image')}
    </a>
  ),
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  ),
};
import { Panel } from '../../components/Panel';
import type { SavedNoteFragment } from '../../gql/graphql';
import { ENTITY_META, type EntityRef } from '../../lib/entities';
import { formatTime } from '../../lib/format';

interface Props {
  notes: SavedNoteFragment[];
  /** The selected entity, whose notes show first and which a new note is about. */
  entity: EntityRef | null;
  saved: boolean;
  canNote: boolean;
  onAdd: (text: string, entity: EntityRef | null) => Promise<unknown> | null;
  onDelete: (id: string) => void;
}

const about = (n: SavedNoteFragment) => (n.entity ? `${ENTITY_META[n.entity.type].label} ${n.entity.key}` : 'the investigation');

/** Notes (markdown) on the investigation and on the selected entity. */
export function NotesPanel({ notes, entity, saved, canNote, onAdd, onDelete }: Props) {
  const [text, setText] = useState('');
  const [onEntity, setOnEntity] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const mine = entity ? notes.filter((n) => n.entity?.type === entity.type && n.entity.key === entity.key) : [];
  const general = notes.filter((n) => !n.entity);
  const target = entity && onEntity ? entity : null;
  const shown = entity ? [...mine, ...general] : notes;

  return (
    <Panel title={`Notes${notes.length ? ` (${notes.length})` : ''}`}>
      {!saved && <p className="muted small">Save the investigation to add notes.</p>}
      {shown.length === 0 && saved && <p className="muted small">No notes {entity ? 'on this entity or ' : ''}on the investigation yet.</p>}
      <ul className="notes" aria-label="Notes">
        {shown.map((n) => (
          <li key={n.id} className="note">
            <div className="muted small">
              {n.author} on {about(n)} · {formatTime(n.createdAt)}{' '}
              {canNote && (
                <button type="button" className="link-button" onClick={() => onDelete(n.id)} aria-label={`Delete the note by ${n.author}`}>
                  delete
                </button>
              )}
            </div>
            <div className="note-text">
              <Markdown components={NOTE_MARKDOWN}>{n.text}</Markdown>
            </div>
          </li>
        ))}
      </ul>
      {saved && canNote && (
        <form
          aria-label="Add a note"
          onSubmit={async (e) => {
            e.preventDefault();
            if (!text.trim()) return;
            setError(null);
            try {
              await onAdd(text, target);
              setText('');
            } catch (err) {
              setError(err instanceof Error ? err.message : String(err));
            }
          }}
        >
          <textarea rows={3} maxLength={10000} placeholder="A note (markdown)…" value={text} onChange={(e) => setText(e.target.value)} aria-label="Note text" />
          {entity && (
            <label className="small">
              <input type="checkbox" checked={onEntity} onChange={(e) => setOnEntity(e.target.checked)} /> on {ENTITY_META[entity.type].label} {entity.key}
            </label>
          )}
          <button type="submit" className="button" disabled={!text.trim()}>
            Add note
          </button>
          {error && <p role="alert">{error}</p>}
        </form>
      )}
    </Panel>
  );
}
