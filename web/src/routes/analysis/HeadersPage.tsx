import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { WindowSelect } from '../../components/WindowSelect';
import { useWindow } from '../../lib/window';
import { usePageQuery } from '../../lib/page-query';
import { HeaderLayouts, HeaderLayoutsFragment } from '../../features/analyses/HeaderLayouts';
import { HeaderLayoutIps } from '../../features/analyses/HeaderLayoutIps';

const HeadersPageQuery = graphql(`
  query HeadersPage($window: TimeWindow) {
    ...HeaderLayouts_query
  }
`);

/** Clients grouped by the order of their HTTP headers: a script's layout stays the same whatever User-Agent it sends. */
export function HeadersPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const [params, setParams] = useSearchParams();
  const hash = params.get('hash');
  const page = usePageQuery(HeadersPageQuery, { window });
  return (
    <>
      <PageHeader title="Header fingerprint clusters" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'Header clusters' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <HeaderLayouts slice={page.slice(HeaderLayoutsFragment)} hash={hash} onPick={(h) => setParams((p) => (p.set('hash', h), p))} />
      {hash && <HeaderLayoutIps window={window} hash={hash} />}
    </>
  );
}
