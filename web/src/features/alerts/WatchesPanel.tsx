import { useMutation, useQuery } from '@apollo/client/react';
import { Link } from 'react-router-dom';
import { Panel } from '../../components/Panel';
import { EntityLink } from '../../components/EntityLink';
import { panelStates } from '../../components/panel-states';
import { formatTime } from '../../lib/format';
import { DeleteWatchMutation, UpdateWatchMutation, WatchesQuery } from './queries';
import { DataTable } from '../../components/DataTable';

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
      <DataTable
        label="Watches"
        rows={items}
        rowKey={(w) => w.id}
        columns={[
          { header: 'Watch', cell: (w) => w.name },
          {
            header: 'On',
            cell: (w) =>
              w.entity ? (
                <EntityLink type={w.entity.type} value={w.entity.key} />
              ) : (
                <Link to={`/graph?inv=${w.investigationId}`}>{w.investigationName ?? 'a deleted investigation'}</Link>
              ),
          },
          { header: 'Rules', cell: (w) => w.rules.map((r) => r.text).join('; ') },
          {
            header: 'Owner',
            cell: (w) => (
              <>
                {w.owner} {w.visibility === 'TEAM' ? '(team)' : ''}
              </>
            ),
          },
          { header: 'Muted until', cell: (w) => (w.mutedUntil ? formatTime(w.mutedUntil) : '—') },
          {
            header: 'Actions',
            hideHeader: true,
            cell: (w) => (
              <>
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
              </>
            ),
          },
        ]}
      />
    </Panel>
  );
}
