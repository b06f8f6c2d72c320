import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { EntityLink } from '../components/EntityLink';
import { formatNumber, formatTime } from '../lib/format';
import type { EntityRef } from '../lib/entities';
import { AlertQuery, AlertSummaryFragment, AssignAlertMutation, CommentOnAlertMutation, SetAlertStateMutation, ViewerQuery } from '../features/alerts/queries';
import { panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

interface Evidence {
  neighbours?: { type: EntityRef['type']; value: string; firstSeen: string; requests: number }[];
  neighbourCount?: number;
  hours?: { hour: string; requests: number; detections: number }[];
  lastActiveBefore?: string | null;
  returnedAt?: string;
  requests?: number;
}

/**
 * The explorer on the alert's entity with its new neighbours seeded beside it and selected: what
 * appeared, drawn against what was there (the watched investigation's own canvas when it is one).
 */
export function explorerPath(entity: EntityRef, fresh: EntityRef[], investigation?: string | null) {
  const p = new URLSearchParams();
  if (investigation) p.set('inv', investigation);
  for (const e of [entity, ...fresh]) p.append('seed', `${e.type}:${e.key}`);
  for (const e of fresh.length ? fresh : [entity]) p.append('sel', `${e.type}:${e.key}`);
  return `/graph?${p.toString()}`;
}

/** One alert: what fired, its evidence, and working it through (acknowledge, assign, comment, close). */
export function AlertPage() {
  const { id = '' } = useParams();
  const query = useQuery(AlertQuery, { variables: { id } });
  const { data } = query;
  const me = useQuery(ViewerQuery).data?.viewer.user ?? null;
  const refetchQueries = ['Alert', 'AlertBadge'];
  const [setState, stateResult] = useMutation(SetAlertStateMutation, { refetchQueries });
  const [assign] = useMutation(AssignAlertMutation, { refetchQueries });
  const [comment, commentResult] = useMutation(CommentOnAlertMutation, { refetchQueries });
  const [text, setText] = useState('');
  const alert = data?.alert;
  const a = alert ? getFragmentData(AlertSummaryFragment, alert) : null;
  const evidence = (alert?.evidence ?? {}) as Evidence;
  const fresh = alert?.newEntities ?? [];
  const act = (verb: 'acknowledge' | 'close' | 'reopen') =>
    void setState({ variables: { id, version: a?.version, acknowledge: verb === 'acknowledge', close: verb === 'close', reopen: verb === 'reopen' } }).catch(
      () => {},
    );

  return (
    <>
      <PageHeader title={a?.title ?? 'Alert'} crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Alerts', to: '/alerts' }, { label: 'Alert' }]}>
        {a && (
          <>
            {a.state !== 'ACKNOWLEDGED' && a.state !== 'CLOSED' && (
              <button type="button" className="button" onClick={() => act('acknowledge')} disabled={stateResult.loading}>
                Acknowledge
              </button>
            )}
            {a.state !== 'CLOSED' ? (
              <button type="button" className="button" onClick={() => act('close')} disabled={stateResult.loading}>
                Close
              </button>
            ) : (
              <button type="button" className="button" onClick={() => act('reopen')} disabled={stateResult.loading}>
                Reopen
              </button>
            )}
            <Link className="button primary" to={explorerPath(a.entity, fresh, alert?.watch?.investigationId)}>
              Open in graph explorer
            </Link>
          </>
        )}
      </PageHeader>
      {stateResult.error && (
        <p role="alert" className="error">
          {stateResult.error.message}
        </p>
      )}
      <Panel title="What fired" {...panelStates(query)}>
        {a && alert && (
          <dl className="facts">
            <dt>Entity</dt>
            <dd>
              <EntityLink type={a.entity.type} value={a.entity.key} />
            </dd>
            <dt>Watch</dt>
            <dd>{alert.watch ? alert.watch.name : `${a.watchName} (deleted)`}</dd>
            <dt>Rule</dt>
            <dd className="mono">{alert.rule}</dd>
            <dt>State</dt>
            <dd data-testid="alert-state">{a.state.toLowerCase()}</dd>
            <dt>Assignee</dt>
            <dd>
              {a.assignee ?? 'nobody'}{' '}
              {(a.assignee || me) && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => void assign({ variables: { id, assignee: a.assignee ? null : me } }).catch(() => {})}
                >
                  {a.assignee ? 'unassign' : 'assign to me'}
                </button>
              )}
            </dd>
            <dt>Episode</dt>
            <dd>
              {formatTime(alert.episodeStart)} → {formatTime(a.lastHour)}
            </dd>
            <dt>Raised</dt>
            <dd>{formatTime(a.raisedAt)}</dd>
          </dl>
        )}
      </Panel>
      {evidence.neighbours && (
        <Panel title={`${formatNumber(evidence.neighbourCount ?? evidence.neighbours.length)} new neighbours`}>
          <DataTable
            label="New neighbours"
            rows={evidence.neighbours}
            rowKey={(n) => `${n.type}:${n.value}`}
            columns={[
              { header: 'Entity', cell: (n) => <EntityLink type={n.type} value={n.value} /> },
              { header: 'First seen with it', cell: (n) => formatTime(n.firstSeen) },
              { header: 'Requests', cell: (n) => formatNumber(n.requests) },
            ]}
          />
        </Panel>
      )}
      {evidence.hours && (
        <Panel title="Hours that fired">
          <DataTable
            label="Hours that fired"
            rows={evidence.hours}
            rowKey={(h) => h.hour}
            columns={[
              { header: 'Hour', cell: (h) => formatTime(h.hour) },
              { header: 'Requests', cell: (h) => formatNumber(h.requests) },
              { header: 'Detections', cell: (h) => formatNumber(h.detections) },
            ]}
          />
        </Panel>
      )}
      {evidence.returnedAt && (
        <Panel title="Back after silence">
          <p>
            Active again at {formatTime(evidence.returnedAt)}; before that, last active{' '}
            {evidence.lastActiveBefore ? formatTime(evidence.lastActiveBefore) : 'never in the window looked at'}.
          </p>
        </Panel>
      )}
      <Panel title="Comments">
        <ul className="comments">
          {(alert?.comments ?? []).map((c) => (
            <li key={c.id}>
              <strong>{c.author}</strong> <span className="muted">{formatTime(c.createdAt)}</span>
              <p>{c.text}</p>
            </li>
          ))}
        </ul>
        <form
          className="comment-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (!text.trim()) return;
            void comment({ variables: { id, text } })
              .then(() => setText(''))
              .catch(() => {});
          }}
        >
          <label>
            Comment
            <textarea value={text} onChange={(e) => setText(e.target.value)} rows={3} />
          </label>
          <button type="submit" className="button" disabled={commentResult.loading || !text.trim()}>
            Add comment
          </button>
          {commentResult.error && (
            <span role="alert" className="error">
              {commentResult.error.message}
            </span>
          )}
        </form>
      </Panel>
    </>
  );
}
