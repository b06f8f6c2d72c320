import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { getFragmentData } from '../../gql';
import { formatTime } from '../../lib/format';
import { AlertBadgeQuery, AlertSummaryFragment } from './queries';
import { useAlertStream } from './useAlertStream';

/** The bell in the top bar: how many alerts are new, updated live, and the newest of them. */
export function NotificationCentre() {
  const { data, refetch } = useQuery(AlertBadgeQuery, { fetchPolicy: 'cache-and-network', pollInterval: 120_000 });
  const [open, setOpen] = useState(false);
  const onAlert = useCallback(() => void refetch(), [refetch]);
  useAlertStream(onAlert);
  const count = data?.alerts.newCount ?? 0;
  const items = getFragmentData(AlertSummaryFragment, data?.alerts.items ?? []);
  return (
    <div className="notifications">
      <button type="button" className="bell" aria-expanded={open} aria-label={`Alerts: ${count} new`} onClick={() => setOpen((o) => !o)}>
        <svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>{' '}
        Alerts
        {count > 0 && (
          <span className="badge" data-testid="alert-badge">
            {count}
          </span>
        )}
      </button>
      {open && (
        <div className="notifications-panel" role="dialog" aria-label="New alerts">
          {items.length ? (
            <ul>
              {items.map((a) => (
                <li key={a.id}>
                  <Link to={`/alerts/${a.id}`} onClick={() => setOpen(false)}>
                    {a.title}
                  </Link>
                  <span className="muted"> · {formatTime(a.raisedAt)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">No new alerts.</p>
          )}
          <Link to="/alerts" onClick={() => setOpen(false)}>
            All alerts
          </Link>
        </div>
      )}
    </div>
  );
}
