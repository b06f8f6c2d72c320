import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../gql';
import type { AlertState } from '../gql/graphql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { EntityLink } from '../components/EntityLink';
import { formatNumber, formatTime } from '../lib/format';
import { AlertsQuery, AlertSummaryFragment } from '../features/alerts/queries';
import { WatchesPanel } from '../features/alerts/WatchesPanel';
import { panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

const FILTERS: { label: string; states: AlertState[] | null }[] = [
  { label: 'Open', states: ['NEW', 'ACKNOWLEDGED'] },
  { label: 'New', states: ['NEW'] },
  { label: 'Closed', states: ['CLOSED'] },
  { label: 'All', states: null },
];

/** Every alert the analyst may see, newest first: what the watches raised, and where each stands. */
export function AlertsPage() {
  const [filter, setFilter] = useState(FILTERS[0]!);
  const query = useQuery(AlertsQuery, { variables: { states: filter.states, first: 200 }, fetchPolicy: 'cache-and-network' });
  const { data } = query;
  const items = getFragmentData(AlertSummaryFragment, data?.alerts.items ?? []);
  return (
    <>
      <PageHeader title="Alerts" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Alerts' }]}>
        <div role="group" aria-label="Which alerts" className="segmented">
          {FILTERS.map((f) => (
            <button key={f.label} type="button" aria-pressed={f === filter} onClick={() => setFilter(f)}>
              {f.label}
            </button>
          ))}
        </div>
      </PageHeader>
      <Panel
        title={`${formatNumber(data?.alerts.totalCount ?? 0)} alerts, ${formatNumber(data?.alerts.newCount ?? 0)} new`}
        {...panelStates(query)}
        empty={!items.length}
        emptyText="No alert. Watch an entity (☆ Watch on its page) to be told when it comes back."
      >
        <DataTable
          label="Alerts"
          rows={items}
          rowKey={(a) => a.id}
          rowProps={(a) => ({ 'data-state': a.state })}
          columns={[
            { header: 'Alert', cell: (a) => <Link to={`/alerts/${a.id}`}>{a.title}</Link> },
            { header: 'Entity', cell: (a) => <EntityLink type={a.entity.type} value={a.entity.key} /> },
            { header: 'State', cell: (a) => a.state.toLowerCase() },
            { header: 'Assignee', cell: (a) => a.assignee ?? '—' },
            { header: 'Raised', cell: (a) => formatTime(a.raisedAt) },
          ]}
        />
      </Panel>
      <WatchesPanel />
      <p className="muted">
        Alerts can also go to the SOC's tools as signed webhooks: <Link to="/settings/webhooks">webhook settings</Link> (admins).
      </p>
    </>
  );
}
