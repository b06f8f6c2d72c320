import { Link, useSearchParams } from 'react-router-dom';
import { useMutation, useQuery } from '@apollo/client/react';
import type { InvestigationScope } from '../gql/graphql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { PublishInvestigationMutation, SavedInvestigationsQuery } from '../features/saved-investigations/queries';
import { formatTime } from '../lib/format';
import { panelStates } from '../components/panel-states';

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
          <table className="table">
            <caption className="sr-only">Saved investigations</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Owner</th>
                <th scope="col">Shared</th>
                <th scope="col" className="num">
                  Entities
                </th>
                <th scope="col" className="num">
                  Notes
                </th>
                <th scope="col">Updated</th>
                <th scope="col" title="Served on the TAXII 2.1 feed (/taxii2/) that OpenCTI and MISP pull">
                  TAXII feed
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.key}>
                  <td>
                    <Link to={`/graph?inv=${i.key}`}>{i.name}</Link>
                  </td>
                  <td>{i.owner}</td>
                  <td>{i.visibility === 'TEAM' ? 'with the team' : 'private'}</td>
                  <td className="num">{i.entityCount}</td>
                  <td className="num">{i.noteCount}</td>
                  <td className="small">{formatTime(i.updatedAt)}</td>
                  <td>
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
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
    </>
  );
}
