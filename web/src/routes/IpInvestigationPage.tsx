import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { GraphIcon } from '../components/EntityLink';
import { RiskPanel } from '../features/investigation/RiskPanel';
import { SubnetAsnPanel } from '../features/investigation/SubnetAsnPanel';
import { CountryPanel } from '../features/investigation/CountryPanel';
import { Ja4Panel } from '../features/investigation/Ja4Panel';
import { RecommendationPanel } from '../features/investigation/RecommendationPanel';
import { ClassificationForm } from '../features/classification/ClassificationForm';
import { ReputationPanel } from '../features/investigation/ReputationPanel';
import { EntityTimelinePanel } from '../features/investigation/EntityTimelinePanel';
import { ClassifiedUserAgentsPanel } from '../features/attributes/ClassifiedUserAgentsPanel';
import { ClassificationHistory } from '../features/classification/ClassificationHistory';
import { DetectionsTable } from '../features/detections/DetectionsTable';
import { graphPath } from '../lib/entities';
import { useWindow } from '../lib/window';
import { isIpAddress } from '../lib/address';
import { EntityViews } from '../features/attributes/EntityViews';
import { InvalidEntity } from '../components/InvalidEntity';

const IpDetectionsQuery = graphql(`
  query IpDetections($ip: IPAddress!, $window: TimeWindow) {
    ip(address: $ip, window: $window) {
      id
      address
      detections(first: 10) {
        totalCount
        edges {
          node {
            id
            ...DetectionRow_detection
          }
        }
      }
    }
  }
`);

/** `/investigation/:ip`: the five legacy panels plus risk, reputation, timeline and history. */
export function IpInvestigationPage() {
  const ip = decodeURIComponent(useParams().ip ?? '').trim();
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const detections = useQuery(IpDetectionsQuery, { variables: { ip, window }, skip: !isIpAddress(ip) });

  if (!isIpAddress(ip)) return <InvalidEntity kind="an IP address" value={ip} example="203.0.113.7 or 2001:db8::1" />;

  return (
    <>
      <PageHeader
        title={<>IP {ip}</>}
        crumbs={[
          { label: 'Dashboard', to: '/' },
          { label: 'Detections', to: '/detections' },
          { label: `IP ${ip}`, to: `/detections/ip/${encodeURIComponent(ip)}` },
          { label: 'Investigation' },
        ]}
      >
        <WindowSelect value={preset} onChange={setWindow} />
        <Link className="button primary" to={graphPath({ type: 'IP', key: ip })}>
          <GraphIcon /> Open in graph
        </Link>
      </PageHeader>

      <EntityViews type="IP" value={ip} />
      <div className="grid two">
        <RiskPanel ip={ip} window={window} />
        <ReputationPanel ip={ip} />
      </div>
      <EntityTimelinePanel type="IP" value={ip} window={window} />
      <div className="grid two">
        <SubnetAsnPanel ip={ip} window={window} />
        <CountryPanel ip={ip} window={window} />
        <Ja4Panel ip={ip} window={window} />
        <ClassifiedUserAgentsPanel type="IP" value={ip} window={window} title="User agents" />
      </div>
      <div className="grid two">
        <RecommendationPanel ip={ip} window={window} form={(suggestion) => <ClassificationForm type="IP" value={ip} suggestion={suggestion} />} />
        <ClassificationHistory type="IP" value={ip} />
      </div>
      <Panel
        title={detections.data?.ip ? `Recent detections (${detections.data.ip.detections.totalCount})` : 'Recent detections'}
        loading={detections.loading && !detections.data}
        error={detections.error}
        onRetry={() => void detections.refetch()}
        empty={!!detections.data && !detections.data.ip?.detections.totalCount}
        actions={<Link to={`/detections?search=${encodeURIComponent(ip)}`}>All of them</Link>}
      >
        {detections.data?.ip && (
          <DetectionsTable
            rows={detections.data.ip.detections.edges.map((e) => e.node)}
            cols={['detected_at', 'ja4', 'host', 'threat_level', 'anomaly_score', 'hits', 'reason']}
            sortKey="detected_at"
            direction="DESC"
          />
        )}
      </Panel>
    </>
  );
}
