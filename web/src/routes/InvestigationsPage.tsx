import { Link, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import type { InvestigationScope } from '../gql/graphql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { PublishInvestigationMutation, SavedInvestigationsQuery } from '../features/saved-investigations/queries';
import { formatTime } from '../lib/format';
import { panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

const SCOPES: { scope: InvestigationScope; label: string; empty: string }[] = [
  { scope: 'MINE', label: 'Mine', empty: 'You have not saved an investigation yet: build one in the graph explorer and save it.' },
  { scope: 'SHARED', label: 'Shared with me', empty: 'Nobody has shared an investigation with the team yet.' },
  { scope: 'ALL', label: 'All', empty: 'No saved investigation yet.' },
];

/** `/investigations`: the saved investigations, mine and the ones shared with me, each opening in the graph where it was left. */
export function InvestigationsPage() {
  const [params, setParams] = useSearchParams();
  const current = SCOPES.find((s) => s.scope === params.get('scope')?.toUpperCase()) ?? SCOPES[0]!;
  const query = useQuery(SavedInvestigationsQuery, { variables: { scope: current.scope }, fetchPolicy: 'cache-and-network' });
  const { data, refetch } = query;
  const items = data?.investigations.items ?? [];
  const [publish, publishing] = useMutation(PublishInvestigationMutation);
  return (
    <>
      <PageHeader title="Investigations" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Investigations' }]}>
        <Link className="button primary" to="/graph">
          New investigation
        </Link>
      </PageHeader>
      <nav className="entity-views" aria-label="Whose investigations">
        {SCOPES.map((s) => (
          <button
            key={s.scope}
            type="button"
            className={s === current ? 'active' : undefined}
            aria-pressed={s === current}
            onClick={() =>
              setParams((p) => {
                p.set('scope', s.scope.toLowerCase());
                return p;
              })
            }
          >
            {s.label}
          </button>
        ))}
      </nav>
      <Panel
        title={data ? `${current.label} (${data.investigations.totalCount})` : current.label}
        {...panelStates(query)}
        empty={!!data && items.length === 0}
        emptyText={current.empty}
      >
        {publishing.error && (
          <p role="alert" className="error">
            {publishing.error.message}
          </p>
        )}
        {items.length > 0 && (
          <DataTable
            caption="Saved investigations"
            rows={items}
            rowKey={(i) => i.key}
            columns={[
              { header: 'Name', cell: (i) => <Link to={`/graph?inv=${i.key}`}>{i.name}</Link> },
              { header: 'Owner', cell: (i) => i.owner },
              { header: 'Shared', cell: (i) => (i.visibility === 'TEAM' ? 'with the team' : 'private') },
              { header: 'Entities', num: true, cell: (i) => i.entityCount },
              { header: 'Notes', num: true, cell: (i) => i.noteCount },
              { header: 'Updated', className: 'small', cell: (i) => formatTime(i.updatedAt) },
              {
                header: 'TAXII feed',
                cell: (i) => (
                  <>
                    {i.canPublish ? (
                      <button
                        type="button"
                        disabled={publishing.loading}
                        aria-label={`${i.published ? 'Withdraw' : 'Publish'} ${i.name} ${i.published ? 'from' : 'on'} the TAXII feed`}
                        onClick={() => void publish({ variables: { id: i.key, published: !i.published } }).then(() => refetch())}
                      >
                        {i.published ? 'Published · withdraw' : 'Publish'}
                      </button>
                    ) : i.published ? (
                      'published'
                    ) : (
                      <span className="muted">{i.visibility === 'TEAM' ? '—' : 'private: never published'}</span>
                    )}
                  </>
                ),
              },
            ]}
          />
        )}
      </Panel>
    </>
  );
}
