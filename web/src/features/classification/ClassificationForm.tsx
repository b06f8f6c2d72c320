import { useEffect, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql, type FragmentType } from '../../gql';
import type { ClassificationLabel, ClassificationTag, EntityType } from '../../gql/graphql';
import { LABELS, TAGS, tagInput, tagText } from './tags';
import { ClassificationHistoryFragment, EntityClassificationsQuery, latestDecision } from './ClassificationHistory';
import { usePageQuery, type Slice } from '../../lib/page-query';
import { formatTime } from '../../lib/format';

const ClassifyMutation = graphql(`
  mutation Classify($input: ClassifyInput!) {
    classify(input: $input) {
      id
      label
      tags
      analyst
      createdAt
    }
  }
`);

const ClassifyIncidentMutation = graphql(`
  mutation ClassifyIncident($id: String!, $label: ClassificationLabel!, $tags: [ClassificationTag!], $comment: String) {
    classifyIncident(id: $id, label: $label, tags: $tags, comment: $comment) {
      id
      label
      tags
      analyst
      createdAt
    }
  }
`);

export interface Suggestion {
  label: string;
  tags: string[];
}

/** The SOC decision: a label, predefined tags and a comment, saved with the analyst's identity (and audited). */
export function ClassificationForm({
  type,
  value,
  incident,
  suggestion,
  history: given,
}: {
  type?: EntityType;
  value?: string;
  incident?: string;
  suggestion?: Suggestion | null;
  /** The decisions as the page already fetched them (its query spreads the history fragment); else the form asks itself. */
  history?: Slice<FragmentType<typeof ClassificationHistoryFragment>>;
}) {
  const [label, setLabel] = useState<ClassificationLabel | null>(null);
  const [tags, setTags] = useState<ClassificationTag[]>([]);
  const [comment, setComment] = useState('');
  const refetchQueries = ['EntityClassifications', 'ClassificationsList', 'ClassificationStatsPanel', 'IncidentDetail', 'IpPage', 'Ja4Page', 'EntityPage'];
  const [classifyEntity, entityResult] = useMutation(ClassifyMutation, { refetchQueries });
  const [classifyIncident, incidentResult] = useMutation(ClassifyIncidentMutation, { refetchQueries });
  const { loading, error } = incident ? incidentResult : entityResult;
  const saved = incident ? incidentResult.data?.classifyIncident : entityResult.data?.classify;

  // the decision already recorded comes first: after a reload the form shows it, not the recommendation
  // (the same document as the history panel's: one request for both)
  const own = usePageQuery(EntityClassificationsQuery, { type: type ?? 'IP', value: value ?? '' }, !type || !value || !!incident || !!given);
  const history = given ?? own.slice(ClassificationHistoryFragment);
  const latest = latestDecision(history);
  const prefilled = latest?.label
    ? { label: latest.label, tags: latest.tags }
    : suggestion
      ? { label: suggestion.label.toUpperCase() as ClassificationLabel, tags: suggestion.tags }
      : null;
  const prefilledTags = (prefilled?.tags ?? []).map(tagInput).filter((x): x is ClassificationTag => (TAGS as readonly string[]).includes(x));
  const waiting = !!type && !!value && !incident && history.loading;
  const [touched, setTouched] = useState(false);
  const [applied, setApplied] = useState<ClassificationTag[]>([]);
  useEffect(() => {
    if (waiting || touched || !prefilled) return;
    setLabel(prefilled.label);
    setTags(prefilledTags);
    setApplied(prefilledTags);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- re-apply only when the verdict or its tags change, not on each new object
  }, [waiting, touched, prefilled?.label, prefilledTags.join()]);

  const toggle = (t: ClassificationTag) => {
    setTouched(true);
    setTags((cur) => (cur.includes(t) ? cur.filter((x) => x !== t) : [...cur, t]));
  };
  const dropped = applied.filter((t) => !tags.includes(t));

  return (
    <form
      id={CLASSIFY_ANCHOR}
      className="classify-form"
      aria-label="Classification"
      onSubmit={(e) => {
        e.preventDefault();
        if (!label) return;
        const run = incident
          ? classifyIncident({ variables: { id: incident, label, tags, comment: comment.trim() } })
          : classifyEntity({ variables: { input: { type: type!, value: value!, label, tags, comment: comment.trim() } } });
        void run.catch(() => undefined);
      }}
    >
      <fieldset>
        <legend>Label</legend>
        <div className="label-buttons">
          {LABELS.map((l) => (
            <button
              key={l.value}
              type="button"
              className={l.value.toLowerCase()}
              aria-pressed={label === l.value}
              onClick={() => {
                setTouched(true);
                setLabel(l.value);
              }}
            >
              {l.text}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Tags</legend>
        <div className="chips">
          {TAGS.map((t) => (
            <button
              key={t}
              type="button"
              className="chip"
              aria-pressed={tags.includes(t)}
              title={tags.includes(t) ? 'Selected: click to remove' : 'Click to add'}
              onClick={() => toggle(t)}
            >
              {tagText(t)}
            </button>
          ))}
        </div>
        {dropped.length > 0 && (
          <p className="small warn" role="status">
            Removed from the {latest?.label ? 'saved verdict' : 'recommendation'}: {dropped.map(tagText).join(', ')}.{' '}
            <button type="button" className="link-button" onClick={() => setTags((cur) => [...cur, ...dropped])}>
              Restore
            </button>
          </p>
        )}
      </fieldset>
      <label className="block">
        Comment
        <textarea value={comment} maxLength={2000} rows={3} onChange={(e) => setComment(e.target.value)} />
      </label>
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={!label || loading}>
          {loading ? 'Saving…' : 'Save classification'}
        </button>
        {latest?.label ? (
          <span className="muted small">
            Shows the verdict saved {formatTime(latest.createdAt)} by {latest.analyst}; saving records a new decision.
          </span>
        ) : (
          suggestion && <span className="muted small">Pre-filled from the recommendation: change anything before saving.</span>
        )}
      </div>
      {error && (
        <p role="alert" className="panel-error">
          Not saved: {error.message}
        </p>
      )}
      {saved && !error && (
        <p role="status" className="notice ok">
          Saved as {saved.label?.toLowerCase()} by {saved.analyst}
          {saved.tags.length ? ` (${saved.tags.join(', ')})` : ''}.
        </p>
      )}
    </form>
  );
}

/** Where the page's classification form is: the header's Classify button takes the analyst there. */
export const CLASSIFY_ANCHOR = 'classify';

/** A header button to the page's classification form: scrolls to it and puts the focus on its first choice. */
export function ClassifyButton() {
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        const form = document.getElementById(CLASSIFY_ANCHOR);
        form?.scrollIntoView({ block: 'center' });
        form?.querySelector<HTMLElement>('button, input, textarea')?.focus();
      }}
    >
      Classify
    </button>
  );
}
