import { useSearchParams } from 'react-router-dom';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { WindowSelect } from '../../components/WindowSelect';
import { useWindow } from '../../lib/window';
import { usePageQuery } from '../../lib/page-query';
import { BruteForceTargets, BruteForceTargetsFragment, BruteForceTimeline } from '../../features/analyses/BruteForceTargets';
import { BruteForceAttackers } from '../../features/analyses/BruteForceAttackers';

const BruteForcePageQuery = graphql(`
  query BruteForcePage($window: TimeWindow) {
    ...BruteForceTargets_query
  }
`);

/** Credential stuffing and brute force: which login pages are hammered, by whom, when. */
export function BruteForcePage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const [params, setParams] = useSearchParams();
  const host = params.get('host');
  const page = usePageQuery(BruteForcePageQuery, { window });
  const targets = page.slice(BruteForceTargetsFragment);
  return (
    <>
      <PageHeader title="Brute force and credential stuffing" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'Brute force' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <BruteForceTimeline slice={targets} />
      <div className="grid two">
        <BruteForceTargets slice={targets} host={host} onPick={(h) => setParams((p) => (h ? p.set('host', h) : p.delete('host'), p))} />
        <BruteForceAttackers window={window} host={host} />
      </div>
    </>
  );
}
