import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { EntityLink } from '../../components/EntityLink';
import { DataTable } from '../../components/DataTable';
import { sliceStates } from '../../components/panel-states';
import { formatNumber, formatPercent } from '../../lib/format';

export const AsnConcentrationFragment = graphql(`
  fragment AsnConcentration_query on Query {
    ja4AsnCorrelation(first: 30, window: $window) {
      ja4 {
        id
        fingerprint
      }
      topAsn {
        id
        number
        name
      }
      topAsnShare
      asnCount
      uniqueIps
      flaggedShare
      knownApplications
    }
    legitimateJa4s(window: $window) {
      ja4 {
        id
        fingerprint
      }
      uniqueIps
      asnCount
      hits
      knownApplications
    }
  }
`);

/** JA4s held by one AS (a client run from one network) beside the baseline of known legitimate ones. */
export function AsnConcentration({ slice }: { slice: Slice<FragmentType<typeof AsnConcentrationFragment>> }) {
  const a = getFragmentData(AsnConcentrationFragment, slice.data);
  const state = sliceStates(slice);
  return (
    <div className="grid two">
      <Panel title="JA4 – ASN concentration" {...state} empty={!!a && !a.ja4AsnCorrelation.length}>
        {a && (
          <DataTable
            compact
            caption="JA4 and AS correlation"
            rows={a.ja4AsnCorrelation}
            rowKey={(c) => c.ja4.id}
            columns={[
              {
                header: 'JA4',
                cell: (c) => (
                  <>
                    <EntityLink type="JA4" value={c.ja4.fingerprint} />
                    {c.knownApplications[0] && <div className="small muted">{c.knownApplications[0]}</div>}
                  </>
                ),
              },
              { header: 'Top AS', cell: (c) => <EntityLink type="ASN" value={String(c.topAsn.number)} label={`AS${c.topAsn.number} ${c.topAsn.name}`} /> },
              { header: 'Its share', num: true, cell: (c) => formatPercent(c.topAsnShare) },
              { header: 'ASNs', num: true, cell: (c) => c.asnCount },
              { header: 'Flagged', num: true, cell: (c) => formatPercent(c.flaggedShare) },
            ]}
          />
        )}
      </Panel>
      <Panel title="Legitimate JA4s (the baseline)" {...state} empty={!!a && !a.legitimateJa4s.length}>
        {a && (
          <DataTable
            compact
            caption="Legitimate JA4 fingerprints"
            rows={a.legitimateJa4s}
            rowKey={(c) => c.ja4.id}
            columns={[
              { header: 'JA4', cell: (c) => <EntityLink type="JA4" value={c.ja4.fingerprint} /> },
              { header: 'Known as', className: 'small', cell: (c) => c.knownApplications.join(', ') || '—' },
              { header: 'IPs', num: true, cell: (c) => formatNumber(c.uniqueIps) },
              { header: 'ASNs', num: true, cell: (c) => c.asnCount },
            ]}
          />
        )}
      </Panel>
    </div>
  );
}
