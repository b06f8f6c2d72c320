import { Link, useParams } from 'react-router-dom';
import { graphql, getFragmentData } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { WatchToggle } from '../features/alerts/WatchToggle';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { GraphIcon } from '../components/EntityLink';
import { RiskPanel, RiskPanelFragment } from '../features/entity-panels/RiskPanel';
import { SubnetAsnPanel, SubnetAsnPanelFragment } from '../features/entity-panels/SubnetAsnPanel';
import { CountryPanel, CountryPanelFragment } from '../features/entity-panels/CountryPanel';
import { Ja4Panel, Ja4PanelFragment } from '../features/entity-panels/Ja4Panel';
import { RecommendationPanel, RecommendationPanelFragment } from '../features/entity-panels/RecommendationPanel';
import { ClassificationForm, ClassifyButton } from '../features/classification/ClassificationForm';
import { VerdictBadge, verdictOf } from '../components/VerdictBadge';
import { ReputationPanel, ReputationPanelFragment } from '../features/entity-panels/ReputationPanel';
import { EntityTimelineFragment, EntityTimelineView } from '../features/entity-panels/EntityTimelinePanel';
import { ClassifiedUserAgentsFragment, ClassifiedUserAgentsView } from '../features/attributes/ClassifiedUserAgentsPanel';
import { ClassificationHistoryFragment, ClassificationHistoryView } from '../features/classification/ClassificationHistory';
import { DetectionsTable } from '../features/detections/DetectionsTable';
import { graphPath } from '../lib/entities';
import { useWindow } from '../lib/window';
import { isIpAddress } from '../lib/address';
import { usePageQuery } from '../lib/page-query';
import { EntityViews } from '../features/attributes/EntityViews';
import { InvalidEntity } from '../components/InvalidEntity';

const RecentDetectionsFragment = graphql(`
  fragment IpRecentDetections_query on Query {
    ip(address: $ip, window: $window) {
      id
      address
      classifications(first: 1) {
        label
      }
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

/** The page's one request: every panel's fragment. */
const IpPageQuery = graphql(`
  query IpPage($ip: IPAddress!, $window: TimeWindow, $type: EntityType!, $attribute: AttributeType!, $source: AttributeSource, $value: String!) {
    ...RiskPanel_query
    ...ReputationPanel_query
    ...EntityTimelinePanel_query
    ...SubnetAsnPanel_query
    ...CountryPanel_query
    ...Ja4Panel_query
    ...ClassifiedUserAgentsPanel_query
    ...RecommendationPanel_query
    ...ClassificationHistory_query
    ...IpRecentDetections_query
    ...WatchToggle_query
  }
`);

/** `/ip/:ip`: the five legacy panels plus risk, reputation, timeline and history. */
export function IpPage() {
  const ip = decodeURIComponent(useParams().ip ?? '').trim();
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const page = usePageQuery(IpPageQuery, { ip, window, type: 'IP', attribute: 'IP', source: 'TRAFFIC', value: ip }, !isIpAddress(ip));
  const detectionsSlice = page.slice(RecentDetectionsFragment);
  const detections = getFragmentData(RecentDetectionsFragment, page.data)?.ip?.detections;
  const history = page.slice(ClassificationHistoryFragment);

  if (!isIpAddress(ip)) return <InvalidEntity kind="an IP address" value={ip} example="203.0.113.7 or 2001:db8::1" />;

  return (
    <>
      <PageHeader
        title={
          <>
            IP {ip} <VerdictBadge verdict={verdictOf(getFragmentData(RecentDetectionsFragment, page.data)?.ip)} long />
          </>
        }
        crumbs={[
          { label: 'Dashboard', to: '/' },
          { label: 'Detections', to: '/detections' },
          { label: `IP ${ip}`, to: `/detections/ip/${encodeURIComponent(ip)}` },
          { label: 'Profile' },
        ]}
      >
        <WindowSelect value={preset} onChange={setWindow} />
        <ClassifyButton />
        <WatchToggle entity={{ type: 'IP', key: ip }} query={page.data} />
        <Link className="button primary" to={graphPath({ type: 'IP', key: ip })}>
          <GraphIcon /> Open in graph
        </Link>
      </PageHeader>

      <EntityViews type="IP" value={ip} />
      <div className="grid two">
        <RiskPanel slice={page.slice(RiskPanelFragment)} />
        <ReputationPanel slice={page.slice(ReputationPanelFragment)} />
      </div>
      <EntityTimelineView type="IP" slice={page.slice(EntityTimelineFragment)} />
      <div className="grid two">
        <SubnetAsnPanel slice={page.slice(SubnetAsnPanelFragment)} />
        <CountryPanel slice={page.slice(CountryPanelFragment)} />
        <Ja4Panel slice={page.slice(Ja4PanelFragment)} />
        <ClassifiedUserAgentsView slice={page.slice(ClassifiedUserAgentsFragment)} title="User agents" />
      </div>
      <div className="grid two">
        <RecommendationPanel
          ip={ip}
          window={window}
          slice={page.slice(RecommendationPanelFragment)}
          form={(suggestion) => <ClassificationForm type="IP" value={ip} suggestion={suggestion} history={history} />}
        />
        <ClassificationHistoryView slice={history} />
      </div>
      <Panel
        title={detections ? `Recent detections (${detections.totalCount})` : 'Recent detections'}
        loading={detectionsSlice.loading}
        error={detectionsSlice.error}
        onRetry={detectionsSlice.retry}
        empty={!!page.data && !detections?.totalCount}
        actions={<Link to={`/detections?search=${encodeURIComponent(ip)}`}>All of them</Link>}
      >
        {detections && (
          <DetectionsTable
            rows={detections.edges.map((e) => e.node)}
            cols={['detected_at', 'ja4', 'host', 'threat_level', 'anomaly_score', 'hits', 'reason']}
            sortKey="detected_at"
            direction="DESC"
          />
        )}
      </Panel>
    </>
  );
}
