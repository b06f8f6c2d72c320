import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { EntityLink } from '../../components/EntityLink';
import { DataTable } from '../../components/DataTable';
import { sliceStates } from '../../components/panel-states';
import { formatShortTime, truncate } from '../../lib/format';

export const RotatorsFragment = graphql(`
  fragment Rotators_query on Query {
    ja4Rotators(first: 30, window: $window) {
      ip {
        id
        address
      }
      host {
        id
        name
      }
      day
      distinctJa4
      hits
      ja4s {
        id
        fingerprint
      }
    }
    userAgentRotators(first: 30, window: $window) {
      ip {
        id
        address
      }
      hour
      distinctUserAgents
      requests
      samples
    }
  }
`);

/** Clients that change fingerprints to evade: several JA4s a day, many User-Agents an hour. */
export function Rotators({ slice }: { slice: Slice<FragmentType<typeof RotatorsFragment>> }) {
  const r = getFragmentData(RotatorsFragment, slice.data);
  const state = sliceStates(slice);
  return (
    <div className="grid two">
      <Panel title="JA4 rotation (one IP, several fingerprints a day)" {...state} empty={!!r && !r.ja4Rotators.length}>
        {r && (
          <DataTable
            compact
            caption="JA4 rotators"
            rows={r.ja4Rotators}
            rowKey={(x) => `${x.ip.id}-${x.day}-${x.host.id}`}
            columns={[
              {
                header: 'IP',
                cell: (x) => (
                  <>
                    <EntityLink type="IP" value={x.ip.address} />
                    <div className="small muted">{x.host.name}</div>
                  </>
                ),
              },
              { header: 'Day', className: 'small', cell: (x) => x.day.slice(0, 10) },
              { header: 'JA4s', num: true, cell: (x) => x.distinctJa4 },
              {
                header: 'Fingerprints',
                className: 'small',
                cell: (x) =>
                  x.ja4s.map((j) => (
                    <div key={j.id}>
                      <EntityLink type="JA4" value={j.fingerprint} />
                    </div>
                  )),
              },
            ]}
          />
        )}
      </Panel>
      <Panel title="User-Agent rotation (one IP, many User-Agents an hour)" {...state} empty={!!r && !r.userAgentRotators.length}>
        {r && (
          <DataTable
            compact
            caption="User-Agent rotators"
            rows={r.userAgentRotators}
            rowKey={(x) => `${x.ip.id}-${x.hour}`}
            columns={[
              { header: 'IP', cell: (x) => <EntityLink type="IP" value={x.ip.address} /> },
              { header: 'Hour', className: 'small', cell: (x) => formatShortTime(x.hour) },
              { header: 'User agents', num: true, cell: (x) => x.distinctUserAgents },
              {
                header: 'Samples',
                className: 'mono small',
                cell: (x) => x.samples.slice(0, 3).map((s) => <div key={s}>{truncate(s, 50)}</div>),
              },
            ]}
          />
        )}
      </Panel>
    </div>
  );
}
