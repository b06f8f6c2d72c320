import type { ThreatLevel } from '../gql/graphql';
import { THREAT_COLORS } from '../lib/entities';

export function ThreatBadge({ level }: { level: ThreatLevel | string }) {
  const color = THREAT_COLORS[level as ThreatLevel] ?? '#64748b';
  return (
    <span className="badge" style={{ background: `${color}1a`, color, borderColor: `${color}66` }}>
      {level.replace('_', ' ')}
    </span>
  );
}
