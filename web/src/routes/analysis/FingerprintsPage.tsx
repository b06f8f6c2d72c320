import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { WindowSelect } from '../../components/WindowSelect';
import { useWindow } from '../../lib/window';
import { usePageQuery } from '../../lib/page-query';
import { SpoofedFingerprints, SpoofedFingerprintsFragment } from '../../features/analyses/SpoofedFingerprints';
import { ClientMatrix, ClientMatrixFragment } from '../../features/analyses/ClientMatrix';
import { AsnConcentration, AsnConcentrationFragment } from '../../features/analyses/AsnConcentration';

const FingerprintsPageQuery = graphql(`
  query FingerprintsPage($window: TimeWindow) {
    ...SpoofedFingerprints_query
    ...ClientMatrix_query
    ...AsnConcentration_query
  }
`);

/** TLS fingerprints against what the User-Agent claims: spoofing, the JA4 × client matrix, AS concentration, the legitimate baseline. */
export function FingerprintsPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const page = usePageQuery(FingerprintsPageQuery, { window });
  return (
    <>
      <PageHeader title="TLS fingerprints" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'TLS fingerprints' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <SpoofedFingerprints slice={page.slice(SpoofedFingerprintsFragment)} />
      <ClientMatrix slice={page.slice(ClientMatrixFragment)} />
      <AsnConcentration slice={page.slice(AsnConcentrationFragment)} />
    </>
  );
}
