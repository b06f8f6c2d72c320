import { useEffect, useRef, useState } from 'react';
import type { EChartsCoreOption, ECharts } from 'echarts/core';

export type ChartOption = EChartsCoreOption;

// ECharts loads after the page has rendered and sent its queries: evaluating it first delayed them ~200 ms
const loadEcharts = () => import('./echarts-setup').then((m) => m.echarts);

/** An ECharts chart (SVG renderer: crisp, printable, and rendered in tests without a canvas). */
export function Chart({
  option,
  height = 260,
  label,
  onClick,
}: {
  option: ChartOption;
  height?: number;
  label: string;
  onClick?: (p: { name: string; seriesName?: string; data: unknown }) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ECharts | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const el = ref.current!;
    let live = true;
    let observer: ResizeObserver | null = null;
    void loadEcharts().then((echarts) => {
      if (!live) return;
      const c = echarts.init(el, undefined, { renderer: 'svg' });
      chart.current = c;
      observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => c.resize());
      observer?.observe(el);
      setReady(true);
    });
    return () => {
      live = false;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, ...option }, true);
  }, [option, ready]);

  useEffect(() => {
    const c = chart.current;
    if (!c || !onClick) return;
    const handler = (p: unknown) => onClick(p as { name: string; seriesName?: string; data: unknown });
    c.on('click', handler);
    return () => {
      c.off('click', handler);
    };
  }, [onClick, ready]);

  return <div ref={ref} className="chart" role="img" aria-label={label} style={{ height }} />;
}
