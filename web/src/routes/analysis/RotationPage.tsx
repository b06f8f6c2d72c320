import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { WindowSelect } from '../../components/WindowSelect';
import { useWindow } from '../../lib/window';
import { usePageQuery } from '../../lib/page-query';
import { Rotators, RotatorsFragment } from '../../features/analyses/Rotators';
import { Persistence, PersistenceFragment } from '../../features/analyses/Persistence';

const RotationPageQuery = graphql(`
  query RotationPage($window: TimeWindow) {
    ...Rotators_query
    ...Persistence_query
  }
`);

/** Clients that change fingerprints to evade, threats that come back day after day, and where to hunt next. */
export function RotationPage() {
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const page = usePageQuery(RotationPageQuery, { window });
  return (
    <>
      <PageHeader title="Rotation and persistence" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'Rotation & persistence' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <Rotators slice={page.slice(RotatorsFragment)} />
      <Persistence slice={page.slice(PersistenceFragment)} />
    </>
  );
}
