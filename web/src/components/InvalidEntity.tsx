import { Link } from 'react-router-dom';
import { PageHeader } from './PageHeader';

/** One clear message for an address that cannot name an entity: nothing is asked of the server, nothing to retry. */
export function InvalidEntity({ kind, value, example }: { kind: string; value: string; example: string }) {
  return (
    <>
      <PageHeader title="Not found" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Not found' }]} />
      <div role="alert" className="notice">
        <p>
          “<span className="mono">{value}</span>” is not {kind} (for example <span className="mono">{example}</span>).
        </p>
        <p>
          Check the address, or find the entity with the search box above. <Link to="/">Back to the dashboard</Link>
        </p>
      </div>
    </>
  );
}
