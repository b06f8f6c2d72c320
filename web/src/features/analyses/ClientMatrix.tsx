import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { donutOption, heatmapOption } from '../../components/chart-options';
import { sliceStates } from '../../components/panel-states';
import { entityLabel } from '../../lib/entities';

export const ClientMatrixFragment = graphql(`
  fragment ClientMatrix_query on Query {
    ja4UserAgentMatrix(first: 200, window: $window) {
      ja4 {
        id
        fingerprint
      }
      browserFamily
      category
      hits
      ipCount
    }
    userAgentCategories(window: $window) {
      category
      hits
      ipCount
      userAgents
    }
  }
`);

/** Which clients each JA4 claims to be (the 20 busiest JA4s), and the User-Agent categories' share. */
export function ClientMatrix({ slice }: { slice: Slice<FragmentType<typeof ClientMatrixFragment>> }) {
  const m = getFragmentData(ClientMatrixFragment, slice.data);
  const heat = useMemo(() => {
    if (!m) return null;
    const ja4s = [...new Set(m.ja4UserAgentMatrix.map((c) => c.ja4.fingerprint))].slice(0, 20);
    const clients = [...new Set(m.ja4UserAgentMatrix.map((c) => c.browserFamily || c.category.toLowerCase()))];
    const cells = m.ja4UserAgentMatrix
      .filter((c) => ja4s.includes(c.ja4.fingerprint))
      .map((c) => [clients.indexOf(c.browserFamily || c.category.toLowerCase()), ja4s.indexOf(c.ja4.fingerprint), c.hits] as [number, number, number]);
    return heatmapOption(
      clients,
      ja4s.map((j) => entityLabel({ type: 'JA4', key: j })),
      cells,
      'requests',
    );
  }, [m]);
  const donut = useMemo(() => (m ? donutOption(m.userAgentCategories.map((c) => ({ name: c.category.toLowerCase(), value: c.hits }))) : null), [m]);
  return (
    <div className="grid two">
      <Panel title="JA4 × claimed client" {...sliceStates(slice)} empty={!!m && !m.ja4UserAgentMatrix.length}>
        {heat && <Chart option={heat} height={420} label="Requests per JA4 and claimed client" />}
      </Panel>
      <Panel title="User-Agent categories" {...sliceStates(slice)} empty={!!m && !m.userAgentCategories.length}>
        {donut && <Chart option={donut} height={320} label="Requests by User-Agent category" />}
      </Panel>
    </div>
  );
}
