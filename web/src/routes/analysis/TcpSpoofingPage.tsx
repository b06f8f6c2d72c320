import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { WindowSelect } from '../../components/WindowSelect';
import { useWindow } from '../../lib/window';
import { usePageQuery } from '../../lib/page-query';
import { TcpSpoofingOverview, TcpSpoofingOverviewFragment } from '../../features/analyses/TcpSpoofingOverview';
import { TcpSpoofingIps, TcpSpoofingIpsFragment } from '../../features/analyses/TcpSpoofingIps';

const TcpSpoofingPageQuery = graphql(`
  query TcpSpoofingPage($window: TimeWindow) {
    ...TcpSpoofingOverview_query
    ...TcpSpoofingIps_query
  }
`);

/** User agents whose TCP stack (TTL, MSS, window) contradicts the operating system they claim. */
export function TcpSpoofingPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const page = usePageQuery(TcpSpoofingPageQuery, { window });
  return (
    <>
      <PageHeader title="TCP / OS spoofing" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'TCP spoofing' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <TcpSpoofingOverview slice={page.slice(TcpSpoofingOverviewFragment)} />
      <TcpSpoofingIps slice={page.slice(TcpSpoofingIpsFragment)} />
    </>
  );
}
