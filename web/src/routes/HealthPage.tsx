import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

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
  const { data, loading, error } = useQuery(HealthPageQuery, { pollInterval: 30_000 });
  if (loading && !data) return <p role="status">Checking ClickHouse…</p>;
  if (error)
    return (
      <p role="alert" className="error">
        Could not reach the API: {error.message}
      </p>
    );
  const health = data?.health;
  if (!health) return null;
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
