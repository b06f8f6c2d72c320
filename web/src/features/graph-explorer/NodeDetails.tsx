import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import type { WindowPreset } from '../../gql/graphql';
import { ThreatBadge } from '../../components/ThreatBadge';
import { entityPath, ENTITY_META, type EntityRef } from '../../lib/entities';
import { formatNumber, formatTime } from '../../lib/format';
import { rawWindow } from '../../lib/window';
import { ExplorerDetailsQuery } from './queries';
import { QueryStates } from '../../components/Panel';
import { panelStates } from '../../components/panel-states';

const ATTRIBUTES = new Set<EntityRef['type']>(['IP', 'JA4', 'ASN', 'HOST', 'COUNTRY', 'USER_AGENT', 'SUBNET']);
const DETAILS: Partial<Record<EntityRef['type'], string>> = { IP: 'ip', JA4: 'ja4', ASN: 'asn', HOST: 'host', COUNTRY: 'country', USER_AGENT: 'user_agent' };

/** What the selected entity is: activity, threat levels, risk or population, and links to its pages. */
export function NodeDetails({ node, window }: { node: EntityRef; window: WindowPreset }) {
  // the risk reads raw rows (31 days at most): over a longer window it is the last 30 days'
  const riskWindow = rawWindow(window);
  const query = useQuery(ExplorerDetailsQuery, {
    variables: { type: node.type, value: node.key, window: { preset: window }, rawWindow: { preset: riskWindow } },
  });
  const e = query.data?.entity;
  return (
    <div className="node-details">
      <p>
        <span className="type-tag" style={{ background: ENTITY_META[node.type].color }}>
          {ENTITY_META[node.type].label}
        </span>
        <span className="mono wrap">{node.key}</span>
      </p>
      <QueryStates {...panelStates(query)} errorText="Could not load it" empty={!e} emptyText="No activity in this window.">
        {e && (
          <>
            <dl className="stats">
              <div>
                <dt>Requests</dt>
                <dd>{formatNumber(e.hits)}</dd>
              </div>
              <div>
                <dt>IPs</dt>
                <dd>{formatNumber(e.uniqueIps)}</dd>
              </div>
              <div>
                <dt>Detections</dt>
                <dd>{formatNumber(e.detectionCount)}</dd>
              </div>
              <div>
                <dt>First seen</dt>
                <dd>{formatTime(e.firstSeen)}</dd>
              </div>
              <div>
                <dt>Last seen</dt>
                <dd>{formatTime(e.lastSeen)}</dd>
              </div>
            </dl>
            <div className="chips">
              {e.threatLevels
                .filter((t) => t.count > 0)
                .map((t) => (
                  <span key={t.level}>
                    <ThreatBadge level={t.level} /> {formatNumber(t.count)}
                  </span>
                ))}
            </div>
            {e.__typename === 'IP' && e.investigation && (
              <p>
                Risk <strong>{e.investigation.riskScore}</strong>/100{riskWindow !== window && ' over the last 30 days'} · recommended{' '}
                <strong>{e.investigation.recommendation.label}</strong>
                {e.asn && (
                  <>
                    {' '}
                    · AS{e.asn.number} {e.asn.name}
                  </>
                )}
                {e.country && <> · {e.country.code}</>}
              </p>
            )}
            {e.__typename === 'JA4' && (
              <p>
                {e.population.concentration.replace(/_/g, ' ').toLowerCase()} · {e.population.countries} countries · {e.population.asns} ASNs
                {e.knownApplications[0] && <> · {e.knownApplications[0].application}</>}
              </p>
            )}
            {e.__typename === 'ASN' && (
              <p>
                {e.name} · {e.label}
              </p>
            )}
            {e.__typename === 'Country' && <p>{e.name}</p>}
          </>
        )}
      </QueryStates>
      <p className="chips">
        <Link to={entityPath(node)}>Open its page</Link>
        {DETAILS[node.type] && entityPath(node) !== `/detections/${DETAILS[node.type]}/${encodeURIComponent(node.key)}` && (
          <Link to={`/detections/${DETAILS[node.type]}/${encodeURIComponent(node.key)}`}>Its detections</Link>
        )}
        {ATTRIBUTES.has(node.type) && <Link to={`/entities/${node.type.toLowerCase()}/${encodeURIComponent(node.key)}`}>Its traffic</Link>}
      </p>
    </div>
  );
}
