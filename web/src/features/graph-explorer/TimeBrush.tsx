import { useEffect, useMemo, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { WindowPreset } from '../../gql/graphql';
import { Chart } from '../../components/Chart';
import { formatNumber } from '../../lib/format';
import type { Graph, LinkActivity } from './model';
import { ExplorerLinkActivityQuery } from './queries';
import { parseNodeId } from './state';

/** Links per call (the server takes 400; a request body is at most 64 KB). */
const CHUNK = 300;

/** When each drawn link carried its requests: one call per 300 links, each its own request. */
export function useLinkActivity(graph: Graph, window: WindowPreset) {
  const client = useApolloClient();
  const timed = useMemo(() => graph.edges.filter((e) => parseNodeId(e.source) && parseNodeId(e.target)), [graph.edges]);
  const key = timed.map((e) => e.id).join('|');
  const [state, setState] = useState<{ key: string; activity: LinkActivity; buckets: number[]; bucketMs: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!timed.length) return;
    let live = true;
    const chunks = Array.from({ length: Math.ceil(timed.length / CHUNK) }, (_, i) => timed.slice(i * CHUNK, (i + 1) * CHUNK));
    Promise.all(
      chunks.map((edges, i) =>
        client
          .query({
            query: ExplorerLinkActivityQuery,
            variables: {
              links: edges.map((e) => {
                const [a, b] = [parseNodeId(e.source)!, parseNodeId(e.target)!];
                return { from: { type: a.type, value: a.key }, to: { type: b.type, value: b.key } };
              }),
              window: { preset: window },
            },
            // each chunk travels alone: together they would pass the body limit
            context: { batchKey: `brush-${i}` },
          })
          .then((r) => ({ edges, data: r.data!.linkActivity })),
      ),
    )
      .then((parts) => {
        if (!live) return;
        const activity: LinkActivity = new Map();
        for (const { edges, data } of parts)
          data.links.forEach((l, i) => activity.set(edges[i]!.id, new Map(l.timeline.map((p) => [Date.parse(p.start), p.hits]))));
        const { since, until } = parts[0]!.data.window;
        const bucketMs = parts[0]!.data.bucketSeconds * 1000;
        const buckets: number[] = [];
        for (let t = Math.floor(Date.parse(since) / bucketMs) * bucketMs; t < Date.parse(until); t += bucketMs) buckets.push(t);
        setState({ key, activity, buckets, bucketMs });
        setError(null);
      })
      .catch((e: Error) => live && setError(e.message));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the edges' ids (`key`) say all that matters of them
  }, [key, window, client]);
  return { ...(state?.key === key ? state : { activity: null, buckets: [], bucketMs: 0 }), error };
}

const fmt = (t: number) => new Date(t).toISOString().slice(5, 16).replace('T', ' ');

/** A timeline of the drawn links' requests, and a range over it that re-weights the canvas. */
export function TimeBrush({
  activity,
  buckets,
  bucketMs,
  range,
  onRange,
  error,
}: {
  activity: LinkActivity | null;
  buckets: number[];
  bucketMs: number;
  range: [number, number] | null;
  onRange: (r: [number, number] | null) => void;
  error: string | null;
}) {
  const totals = useMemo(() => buckets.map((t) => [...(activity?.values() ?? [])].reduce((n, s) => n + (s.get(t) ?? 0), 0)), [activity, buckets]);
  const [from, to] = range
    ? [
        Math.max(
          0,
          buckets.findIndex((t) => t >= range[0]),
        ),
        buckets.findIndex((t) => t >= range[1]),
      ]
    : [0, buckets.length];
  const end = to < 0 ? buckets.length : to;
  const option = useMemo(
    () => ({
      grid: { left: 48, right: 12, top: 8, bottom: 24 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: buckets.map(fmt), axisLabel: { interval: Math.ceil(buckets.length / 8) } },
      yAxis: { type: 'value', splitNumber: 2 },
      series: [
        {
          name: 'Requests on the drawn links',
          type: 'bar',
          data: totals.map((v, i) => ({ value: v, itemStyle: { color: i >= from && i < end ? '#2563eb' : '#cbd5e1' } })),
        },
      ],
    }),
    [buckets, totals, from, end],
  );
  if (error)
    return (
      <p role="alert" className="panel-error">
        The links’ timeline could not load: {error}
      </p>
    );
  if (!activity || !buckets.length)
    return (
      <p role="status" className="muted small">
        Timing the links…
      </p>
    );
  const set = (a: number, b: number) => onRange(a <= 0 && b >= buckets.length ? null : [buckets[a]!, (buckets[b - 1] ?? buckets[a]!) + bucketMs]);
  return (
    <div className="time-brush">
      <Chart option={option} height={110} label="Requests on the drawn links over time; the brushed range in blue" />
      <div className="time-brush-range">
        <label>
          From{' '}
          <input
            type="range"
            min={0}
            max={buckets.length - 1}
            value={from}
            aria-valuetext={fmt(buckets[from]!)}
            onChange={(e) => set(Math.min(Number(e.target.value), end - 1), end)}
          />
        </label>
        <label>
          to{' '}
          <input
            type="range"
            min={1}
            max={buckets.length}
            value={end}
            aria-valuetext={fmt((buckets[end - 1] ?? 0) + bucketMs)}
            onChange={(e) => set(from, Math.max(Number(e.target.value), from + 1))}
          />
        </label>
        <span role="status" className="small">
          {range
            ? `${fmt(range[0])} → ${fmt(range[1])} UTC · ${formatNumber(totals.slice(from, end).reduce((a, b) => a + b, 0))} requests`
            : 'the whole window'}
        </span>
        {range && (
          <button type="button" className="link-button" onClick={() => onRange(null)}>
            Whole window
          </button>
        )}
      </div>
    </div>
  );
}
