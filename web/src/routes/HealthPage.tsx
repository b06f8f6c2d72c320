import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { QueryStates } from '../components/Panel';
import { panelStates } from '../components/panel-states';

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
      <table className="table">
        <caption>Rows per table</caption>
        <thead>
          <tr>
            <th scope="col">Table</th>
            <th scope="col">Rows</th>
          </tr>
        </thead>
        <tbody>
          {health.tables.map((t) => (
            <tr key={t.table}>
              <td>{t.table}</td>
              <td className="num">{t.rows.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
