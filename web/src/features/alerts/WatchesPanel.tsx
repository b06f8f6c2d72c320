import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { Panel } from '../../components/Panel';
import { EntityLink } from '../../components/EntityLink';
import { panelStates } from '../../components/panel-states';
import { formatTime } from '../../lib/format';
import { DeleteWatchMutation, UpdateWatchMutation, WatchesQuery } from './queries';

const WEEK = 7 * 86_400_000;

/** The watches the analyst sees: what each waits for, muted or not, and stopping them. */
export function WatchesPanel() {
  const query = useQuery(WatchesQuery, { fetchPolicy: 'cache-and-network' });
  const { data, refetch } = query;
  const [update, updating] = useMutation(UpdateWatchMutation);
  const [remove, removing] = useMutation(DeleteWatchMutation);
  const items = data?.watches.items ?? [];
  const busy = updating.loading || removing.loading;
  const act = (p: Promise<unknown>) => void p.then(() => refetch()).catch(() => {});
  return (
    <Panel
      title={`Watches (${data?.watches.totalCount ?? 0})`}
      {...panelStates(query)}
      error={query.error ?? updating.error ?? removing.error}
      empty={!items.length}
      emptyText="No watch yet: ☆ Watch on an entity's page, or watch a saved investigation from the graph explorer."
    >
      <table className="table" aria-label="Watches">
        <thead>
          <tr>
            <th scope="col">Watch</th>
            <th scope="col">On</th>
            <th scope="col">Rules</th>
            <th scope="col">Owner</th>
            <th scope="col">Muted until</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((w) => (
            <tr key={w.id}>
              <td>{w.name}</td>
              <td>
                {w.entity ? (
                  <EntityLink type={w.entity.type} value={w.entity.key} />
                ) : (
                  <Link to={`/graph?inv=${w.investigationId}`}>{w.investigationName ?? 'a deleted investigation'}</Link>
                )}
              </td>
              <td>{w.rules.map((r) => r.text).join('; ')}</td>
              <td>
                {w.owner} {w.visibility === 'TEAM' ? '(team)' : ''}
              </td>
              <td>{w.mutedUntil ? formatTime(w.mutedUntil) : '—'}</td>
              <td>
                {w.canEdit && (
                  <>
                    {w.mutedUntil ? (
                      <button
                        type="button"
                        className="link-button"
                        disabled={busy}
                        onClick={() => act(update({ variables: { id: w.id, input: { mutedUntil: null } } }))}
                      >
                        Unmute
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="link-button"
                        disabled={busy}
                        onClick={() => act(update({ variables: { id: w.id, input: { mutedUntil: new Date(Date.now() + WEEK).toISOString() } } }))}
                      >
                        Mute 7 days
                      </button>
                    )}{' '}
                    <button type="button" className="link-button" disabled={busy} onClick={() => act(remove({ variables: { id: w.id } }))}>
                      Stop
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
