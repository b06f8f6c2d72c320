import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { EntityLink } from '../../components/EntityLink';
import { barOption } from '../../components/chart-options';
import { DataTable } from '../../components/DataTable';
import { sliceStates } from '../../components/panel-states';
import { entityLabel, entityPath } from '../../lib/entities';
import { formatNumber, formatPercent } from '../../lib/format';

export const Ja4SpreadFragment = graphql(`
  fragment Ja4Spread_query on Query {
    ja4Spread(first: 30, minCountries: 3, window: $window) {
      ja4 {
        id
        fingerprint
      }
      uniqueIps
      countries
      asns
      hits
      flaggedShare
      suspectedBotnet
      botnetEvidence
      knownClient
    }
  }
`);

/** Fingerprints spread over three countries or more: the twelve widest as a chart, then every one with its evidence. */
export function Ja4Spread({ slice }: { slice: Slice<FragmentType<typeof Ja4SpreadFragment>> }) {
  const navigate = useNavigate();
  const rows = getFragmentData(Ja4SpreadFragment, slice.data)?.ja4Spread;
  const top = useMemo(() => rows?.slice(0, 12) ?? [], [rows]);
  const option = useMemo(
    () =>
      barOption(
        top.map((r) => entityLabel({ type: 'JA4', key: r.ja4.fingerprint })),
        [
          { name: 'Countries', values: top.map((r) => r.countries), color: '#16a34a' },
          { name: 'ASNs', values: top.map((r) => r.asns), color: '#0f766e' },
        ],
        { horizontal: true },
      ),
    [top],
  );
  const state = sliceStates(slice);
  return (
    <>
      <Panel title="Most spread fingerprints" {...state} empty={!!rows && !rows.length} emptyText="No fingerprint spans three countries in this window.">
        {rows && rows.length > 0 && (
          <Chart
            option={option}
            height={360}
            label="Countries and ASNs per JA4"
            onClick={(p) => {
              const r = top.find((x) => entityLabel({ type: 'JA4', key: x.ja4.fingerprint }) === p.name);
              if (r) navigate(entityPath({ type: 'JA4', key: r.ja4.fingerprint }));
            }}
          />
        )}
      </Panel>
      <Panel title="Fingerprints by geographic spread" {...state} empty={!!rows && !rows.length}>
        {rows && (
          <DataTable
            compact
            caption="JA4 spread"
            rows={rows}
            rowKey={(r) => r.ja4.id}
            columns={[
              { header: 'JA4', cell: (r) => <EntityLink type="JA4" value={r.ja4.fingerprint} /> },
              { header: 'IPs', num: true, cell: (r) => formatNumber(r.uniqueIps) },
              { header: 'Countries', num: true, cell: (r) => r.countries },
              { header: 'ASNs', num: true, cell: (r) => r.asns },
              { header: 'Requests', num: true, cell: (r) => formatNumber(r.hits) },
              {
                header: 'Flagged windows',
                num: true,
                className: (r) => `num ${r.suspectedBotnet ? 'error' : ''}`,
                title: (r) => r.botnetEvidence.join('; '),
                cell: (r) => formatPercent(r.flaggedShare),
              },
              { header: 'Known browser?', cell: (r) => (r.knownClient ? 'yes' : <strong className="error">no</strong>) },
            ]}
          />
        )}
      </Panel>
    </>
  );
}
