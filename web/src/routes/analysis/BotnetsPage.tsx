import { useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { PageHeader } from '../../components/PageHeader';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { WindowSelect } from '../../components/WindowSelect';
import { EntityLink } from '../../components/EntityLink';
import { barOption } from '../../components/chart-options';
import { entityLabel, entityPath } from '../../lib/entities';
import { formatNumber, formatPercent } from '../../lib/format';
import { useWindow } from '../../lib/window';
import { panelStates } from '../../components/panel-states';
import { DataTable } from '../../components/DataTable';

const Ja4SpreadQuery = graphql(`
  query Ja4SpreadList($window: TimeWindow) {
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

/** Fingerprints spread over many countries and networks: one client driven from a botnet, or a common browser? */
export function BotnetsPage() {
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const navigate = useNavigate();
  const query = useQuery(Ja4SpreadQuery, { variables: { window } });
  const { data } = query;
  const rows = data?.ja4Spread;
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
  return (
    <>
      <PageHeader title="Botnets and JA4 spread" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Analyses' }, { label: 'Botnets' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <Panel
        title="Most spread fingerprints"
        {...panelStates(query)}
        empty={!!rows && !rows.length}
        emptyText="No fingerprint spans three countries in this window."
      >
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
      <Panel title="Fingerprints by geographic spread" {...panelStates(query)} empty={!!rows && !rows.length}>
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
