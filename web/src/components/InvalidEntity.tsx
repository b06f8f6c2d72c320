import { Link } from 'react-router-dom';
import { PageHeader } from './PageHeader';

/**
 * One clear message for an address that cannot name an entity, and no action on it: known shapes are
 * checked before asking the server (`kind`, `example`); otherwise the server's own BAD_USER_INPUT
 * message is shown once, instead of in every panel.
 */
export function InvalidEntity(props: { value: string } & ({ kind: string; example: string } | { message: string })) {
  return (
    <>
      <PageHeader title="Not found" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Not found' }]} />
      <div role="alert" className="notice">
        <p>
          {'message' in props ? (
            props.message
          ) : (
            <>
              “<span className="mono">{props.value}</span>” is not {props.kind} (for example <span className="mono">{props.example}</span>).
            </>
          )}
        </p>
        <p>
          Check the address, or find the entity with the search box above. <Link to="/">Back to the dashboard</Link>
        </p>
      </div>
    </>
  );
}
