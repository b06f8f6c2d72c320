import { useMemo } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { Chart } from '../../components/Chart';
import { scatterOption } from '../../components/chart-options';
import { sliceStates } from '../../components/panel-states';

export const SessionScatterFragment = graphql(`
  fragment SessionScatter_query on Query {
    featureSessions(first: 500, window: $window) {
      ip {
        id
        address
      }
      asnLabel
      botName
      features {
        feature
        value
      }
    }
  }
`);

/** Sessions on two features the analyst picks (`x`, `y`), coloured by bot name or network. */
export function SessionScatter({
  slice,
  x,
  y,
  onAxis,
}: {
  slice: Slice<FragmentType<typeof SessionScatterFragment>>;
  x: string;
  y: string;
  onAxis: (axis: 'x' | 'y', feature: string) => void;
}) {
  const sessions = getFragmentData(SessionScatterFragment, slice.data)?.featureSessions;
  const features = sessions?.[0]?.features.map((f) => f.feature) ?? [];
  const scatterChart = useMemo(() => {
    if (!sessions) return null;
    const groups = new Map<string, [number, number, string][]>();
    for (const s of sessions) {
      const name = s.botName || s.asnLabel || 'unknown';
      const v = (f: string) => s.features.find((x0) => x0.feature === f)?.value ?? 0;
      groups.set(name, [...(groups.get(name) ?? []), [v(x), v(y), s.ip.address]]);
    }
    return scatterOption(
      [...groups].map(([name, points]) => ({ name, points })),
      x,
      y,
    );
  }, [sessions, x, y]);
  return (
    <Panel
      title="Sessions scatter"
      {...sliceStates(slice)}
      empty={!!sessions && !sessions.length}
      actions={
        <>
          <select aria-label="X axis" value={x} onChange={(e) => onAxis('x', e.target.value)}>
            {features.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
          <select aria-label="Y axis" value={y} onChange={(e) => onAxis('y', e.target.value)}>
            {features.map((f) => (
              <option key={f}>{f}</option>
            ))}
          </select>
        </>
      }
    >
      {scatterChart && <Chart option={scatterChart} height={360} label={`Sessions by ${x} and ${y}`} />}
    </Panel>
  );
}
