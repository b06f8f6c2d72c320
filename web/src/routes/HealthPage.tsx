import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { QueryStates } from '../components/Panel';
import { panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

export const HealthPageQuery = graphql(`
  query HealthPage {
    health {
      ok
      mode
      version
      database
      logsDatabase
      checkedAt
      tables {
        table
        rows
      }
    }
  }
`);

export function HealthPage() {
  const query = useQuery(HealthPageQuery, { pollInterval: 30_000 });
  const health = query.data?.health;
  if (query.error || !health) return <QueryStates {...panelStates(query)} errorText="Could not reach the API" loadingText="Checking ClickHouse…" />;
  return (
    <section>
      <h1>Platform status</h1>
      <p className={health.ok ? 'ok' : 'error'}>
        ClickHouse {health.ok ? 'reachable' : 'unreachable'} — {health.mode} mode, version {health.version ?? 'unknown'}
      </p>
      <p>
        Databases: <code>{health.database}</code>, <code>{health.logsDatabase}</code>
      </p>
      <DataTable
        showCaption
        caption="Rows per table"
        rows={health.tables}
        rowKey={(t) => t.table}
        columns={[
          { header: 'Table', cell: (t) => t.table },
          { header: 'Rows', num: true, cell: (t) => t.rows.toLocaleString() },
        ]}
      />
    </section>
  );
}
