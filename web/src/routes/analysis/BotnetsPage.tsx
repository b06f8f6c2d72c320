import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { WindowSelect } from '../../components/WindowSelect';
import { useWindow } from '../../lib/window';
import { usePageQuery } from '../../lib/page-query';
import { Ja4Spread, Ja4SpreadFragment } from '../../features/analyses/Ja4Spread';

const BotnetsPageQuery = graphql(`
  query BotnetsPage($window: TimeWindow) {
    ...Ja4Spread_query
  }
`);

/** Fingerprints spread over many countries and networks: one client driven from a botnet, or a common browser? */
export function BotnetsPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const page = usePageQuery(BotnetsPageQuery, { window });
  return (
    <>
      <PageHeader title="Botnets and JA4 spread" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'Botnets' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <Ja4Spread slice={page.slice(Ja4SpreadFragment)} />
    </>
  );
}
