import { ReasonText } from '../../components/ReasonText';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { EntityLink } from '../../components/EntityLink';
import { ThreatBadge } from '../../components/ThreatBadge';
import { formatScore, formatTime } from '../../lib/format';

export const LiveAlertsFragment = graphql(`
  fragment LiveAlerts_detections on DetectionConnection {
    edges {
      node {
        id
        detectedAt
        threatLevel
        anomalyScore
        reason
        ip {
          id
          address
        }
        host {
          id
          name
        }
      }
    }
  }
`);

export function LiveAlerts(props: { detections: FragmentType<typeof LiveAlertsFragment> }) {
  const { edges } = getFragmentData(LiveAlertsFragment, props.detections);
  return (
    <ol className="alerts" aria-live="polite">
      {edges.map(({ node: d }) => (
        <li key={d.id}>
          <ThreatBadge level={d.threatLevel} /> <EntityLink type="IP" value={d.ip.address} /> → <EntityLink type="HOST" value={d.host.name} />
          <span className="muted">
            {' '}
            · score {formatScore(d.anomalyScore)} · {formatTime(d.detectedAt)}
          </span>
          {d.reason && (
            <div className="muted small">
              <ReasonText text={d.reason} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
