import { Link } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { THREAT_COLORS } from '../../lib/entities';
import { formatNumber, formatPercent } from '../../lib/format';
import type { ThreatLevel } from '../../gql/graphql';

export const ThreatBarsFragment = graphql(`
  fragment ThreatBars_metrics on DetectionMetrics {
    totalDetections
    byLevel {
      level
      count
    }
  }
`);

const LEVELS: ThreatLevel[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

/** One bar per threat level, each opening the detections list filtered on it. */
export function ThreatBars(props: { metrics: FragmentType<typeof ThreatBarsFragment> }) {
  const m = getFragmentData(ThreatBarsFragment, props.metrics);
  const max = Math.max(1, ...m.byLevel.map((l) => l.count));
  return (
    <ul className="threat-bars">
      {LEVELS.map((level) => {
        const count = m.byLevel.find((l) => l.level === level)?.count ?? 0;
        return (
          <li key={level}>
            <Link to={`/detections?threat_level=${level}`}>{level}</Link>
            <span className="bar" aria-hidden="true">
              <span style={{ width: `${(count / max) * 100}%`, background: THREAT_COLORS[level] }} />
            </span>
            <span className="num">
              {formatNumber(count)} <span className="muted">({formatPercent(m.totalDetections ? count / m.totalDetections : 0)})</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
