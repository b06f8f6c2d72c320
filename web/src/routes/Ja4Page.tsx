import { Link, useParams } from 'react-router-dom';
import { graphql, getFragmentData } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { WatchToggle } from '../features/alerts/WatchToggle';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { GraphIcon } from '../components/EntityLink';
import { Ja4LinkPanels, Ja4LinkPanelsFragment, Ja4ProfilePanels, Ja4ProfilePanelsFragment } from '../features/entity-panels/Ja4Panels';
import { EntityTimelineFragment, EntityTimelineView } from '../features/entity-panels/EntityTimelinePanel';
import { ClassifiedUserAgentsFragment, ClassifiedUserAgentsView } from '../features/attributes/ClassifiedUserAgentsPanel';
import { ClassificationForm, ClassifyButton } from '../features/classification/ClassificationForm';
import { VerdictBadge, verdictOf } from '../components/VerdictBadge';
import { ClassificationHistoryFragment, ClassificationHistoryView } from '../features/classification/ClassificationHistory';
import { usePageQuery } from '../lib/page-query';
import { graphPath } from '../lib/entities';
import { formatNumber, formatTime } from '../lib/format';
import { useWindow } from '../lib/window';
import { isJa4 } from '../lib/address';
import { EntityViews } from '../features/attributes/EntityViews';
import { InvalidEntity } from '../components/InvalidEntity';

const KeyFiguresFragment = graphql(`
  fragment Ja4KeyFigures_query on Query {
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
      suspectedBotnet
      botnetEvidence
      classifications(first: 1) {
        label
      }
    }
  }
`);

/** The page's one request: every panel's fragment. */
const Ja4PageQuery = graphql(`
  query Ja4Page($ja4: String!, $window: TimeWindow, $type: EntityType!, $attribute: AttributeType!, $source: AttributeSource, $value: String!) {
    ...Ja4KeyFigures_query
    ...EntityTimelinePanel_query
    ...Ja4LinkPanels_query
    ...ClassifiedUserAgentsPanel_query
    ...Ja4ProfilePanels_query
    ...ClassificationHistory_query
    ...WatchToggle_query
  }
`);

/** `/ja4/:ja4`: who uses one TLS fingerprint, from where, against what — one botnet or a common client? */
export function Ja4Page() {
  const ja4 = decodeURIComponent(useParams().ja4 ?? '').trim();
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const valid = isJa4(ja4);
  const page = usePageQuery(Ja4PageQuery, { ja4, window, type: 'JA4', attribute: 'JA4', source: 'TRAFFIC', value: ja4 }, !valid);
  const figures = page.slice(KeyFiguresFragment);
  const j = getFragmentData(KeyFiguresFragment, page.data)?.ja4;
  const history = page.slice(ClassificationHistoryFragment);
  if (!valid) return <InvalidEntity kind="a JA4 fingerprint" value={ja4} example="t13d1516h2_8daaf6152771_02713d6af862" />;
  return (
    <>
      <PageHeader
        title={
          <>
            JA4 <span className="mono">{ja4}</span> <VerdictBadge verdict={verdictOf(j)} long />
          </>
        }
        crumbs={[
          { label: 'Dashboard', to: '/' },
          { label: 'Detections', to: '/detections' },
          { label: 'JA4', to: `/detections/ja4/${encodeURIComponent(ja4)}` },
          { label: 'Profile' },
        ]}
      >
        <WindowSelect value={preset} onChange={setWindow} />
        <ClassifyButton />
        <WatchToggle entity={{ type: 'JA4', key: ja4 }} query={page.data} />
        <Link className="button primary" to={graphPath({ type: 'JA4', key: ja4 })}>
          <GraphIcon /> Map its infrastructure
        </Link>
      </PageHeader>
      <EntityViews type="JA4" value={ja4} />
      <Panel
        title="Key figures"
        loading={figures.loading}
        error={figures.error}
        onRetry={figures.retry}
        empty={!!page.data && !j}
        emptyText="This fingerprint was not seen in this window."
      >
        {j && (
          <p className={`notice ${j.suspectedBotnet ? 'malicious' : ''}`} role="note">
            {j.suspectedBotnet ? <strong>Suspected botnet. </strong> : 'Not a suspected botnet. '}
            {j.botnetEvidence.join(' · ')}
          </p>
        )}
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
      <EntityTimelineView type="JA4" slice={page.slice(EntityTimelineFragment)} />
      <Ja4LinkPanels slice={page.slice(Ja4LinkPanelsFragment)} />
      <div className="grid two">
        <ClassifiedUserAgentsView slice={page.slice(ClassifiedUserAgentsFragment)} />
      </div>
      <Ja4ProfilePanels slice={page.slice(Ja4ProfilePanelsFragment)} />
      <div className="grid two">
        <Panel title="Classify this fingerprint">
          <ClassificationForm type="JA4" value={ja4} history={history} />
        </Panel>
        <ClassificationHistoryView slice={history} />
      </div>
    </>
  );
}
