import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { GraphIcon } from '../components/EntityLink';
import { Ja4LinkPanels, Ja4ProfilePanels } from '../features/investigation/Ja4Panels';
import { EntityTimelinePanel } from '../features/investigation/EntityTimelinePanel';
import { ClassifiedUserAgentsPanel } from '../features/attributes/ClassifiedUserAgentsPanel';
import { ClassificationForm } from '../features/classification/ClassificationForm';
import { ClassificationHistory } from '../features/classification/ClassificationHistory';
import { graphPath } from '../lib/entities';
import { formatNumber, formatTime } from '../lib/format';
import { useWindow } from '../lib/window';
import { isJa4 } from '../lib/address';
import { EntityViews } from '../features/attributes/EntityViews';
import { InvalidEntity } from '../components/InvalidEntity';

const Ja4StatsQuery = graphql(`
  query Ja4Stats($ja4: String!, $window: TimeWindow) {
    ja4(fingerprint: $ja4, window: $window) {
      id
      fingerprint
      detectionCount
      hits
      uniqueIps
      firstSeen
      lastSeen
      userAgents(first: 1) {
        totalCount
      }
    }
  }
`);

/** `/investigation/ja4/:ja4`: who uses one TLS fingerprint, from where, against what — one botnet or a common client? */
export function Ja4InvestigationPage() {
  const ja4 = decodeURIComponent(useParams().ja4 ?? '').trim();
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const valid = isJa4(ja4);
  const { data, loading, error, refetch } = useQuery(Ja4StatsQuery, { variables: { ja4, window }, skip: !valid });
  const j = data?.ja4;
  if (!valid) return <InvalidEntity kind="a JA4 fingerprint" value={ja4} example="t13d1516h2_8daaf6152771_02713d6af862" />;
  return (
    <>
      <PageHeader
        title={
          <>
            JA4 <span className="mono">{ja4}</span>
          </>
        }
        crumbs={[
          { label: 'Dashboard', to: '/' },
          { label: 'Detections', to: '/detections' },
          { label: 'JA4', to: `/detections/ja4/${encodeURIComponent(ja4)}` },
          { label: 'Investigation' },
        ]}
      >
        <WindowSelect value={preset} onChange={setWindow} />
        <Link className="button primary" to={graphPath({ type: 'JA4', key: ja4 })}>
          <GraphIcon /> Map its infrastructure
        </Link>
      </PageHeader>
      <EntityViews type="JA4" value={ja4} />
      <Panel
        title="Key figures"
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={!!data && !j}
        emptyText="This fingerprint was not seen in this window."
      >
        {j && (
          <dl className="stats">
            <div>
              <dt>Detections</dt>
              <dd>{formatNumber(j.detectionCount)}</dd>
            </div>
            <div>
              <dt>Requests</dt>
              <dd>{formatNumber(j.hits)}</dd>
            </div>
            <div>
              <dt>Unique IPs</dt>
              <dd>{formatNumber(j.uniqueIps)}</dd>
            </div>
            <div>
              <dt>User agents</dt>
              <dd>{formatNumber(j.userAgents.totalCount)}</dd>
            </div>
            <div>
              <dt>First seen</dt>
              <dd>{formatTime(j.firstSeen)}</dd>
            </div>
            <div>
              <dt>Last seen</dt>
              <dd>{formatTime(j.lastSeen)}</dd>
            </div>
          </dl>
        )}
      </Panel>
      <EntityTimelinePanel type="JA4" value={ja4} window={window} />
      <Ja4LinkPanels ja4={ja4} window={window} />
      <div className="grid two">
        <ClassifiedUserAgentsPanel type="JA4" value={ja4} window={window} />
      </div>
      <Ja4ProfilePanels ja4={ja4} window={window} />
      <div className="grid two">
        <Panel title="Classify this fingerprint">
          <ClassificationForm type="JA4" value={ja4} />
        </Panel>
        <ClassificationHistory type="JA4" value={ja4} />
      </div>
    </>
  );
}
