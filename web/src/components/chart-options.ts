import type { ChartOption } from './Chart';

/** A value axis whose title stands beside it, centred and turned: at the top end it was clipped by the grid. */
export const valueAxis = (name?: string) => ({ type: 'value', name, nameLocation: 'middle', nameRotate: 90, nameGap: 52 });
/** Room for a titled value axis's labels and its title. */
export const TITLED = 76;

const PALETTE = ['#2563eb', '#dc2626', '#16a34a', '#ca8a04', '#7c3aed', '#0891b2', '#db2777', '#ea580c', '#4d7c0f', '#64748b'];

/** A grid of counts (day × hour, host × hour, TTL × MSS…). */
export function heatmapOption(x: string[], y: string[], cells: [number, number, number][], name: string): ChartOption {
  const max = Math.max(1, ...cells.map((c) => c[2]));
  return {
    tooltip: {
      position: 'top',
      formatter: (p: { value: [number, number, number] }) => `${y[p.value[1]]} · ${x[p.value[0]]}: ${p.value[2].toLocaleString('en')} ${name}`,
    },
    grid: { left: 140, right: 24, top: 8, bottom: x.length > 8 ? 96 : 72 },
    xAxis: { type: 'category', data: x, splitArea: { show: true }, axisLabel: { interval: 0, rotate: x.length > 8 ? 45 : 0 } },
    yAxis: { type: 'category', data: y, splitArea: { show: true }, axisLabel: { width: 130, overflow: 'truncate' } },
    visualMap: {
      min: 0,
      max,
      calculable: true,
      orient: 'horizontal',
      left: 'center',
      bottom: 0,
      inRange: { color: ['#eff6ff', '#93c5fd', '#2563eb', '#1e3a8a'] },
    },
    series: [{ name, type: 'heatmap', data: cells, emphasis: { itemStyle: { borderColor: '#111', borderWidth: 1 } } }],
  };
}

export function donutOption(items: { name: string; value: number; color?: string }[]): ChartOption {
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, type: 'scroll' },
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        avoidLabelOverlap: true,
        label: { formatter: '{b}\n{d}%' },
        data: items.map((i, n) => ({ ...i, itemStyle: { color: i.color ?? PALETTE[n % PALETTE.length] } })),
      },
    ],
  };
}

export function radarOption(indicators: { name: string; max: number }[], series: { name: string; values: number[] }[]): ChartOption {
  return {
    tooltip: {},
    legend: { bottom: 0 },
    radar: { indicator: indicators, radius: '65%' },
    series: [
      {
        type: 'radar',
        data: series.map((s, i) => ({ name: s.name, value: s.values, itemStyle: { color: PALETTE[i % PALETTE.length] }, areaStyle: { opacity: 0.12 } })),
      },
    ],
  };
}

export function scatterOption(series: { name: string; points: [number, number, string][] }[], xName: string, yName: string): ChartOption {
  return {
    tooltip: {
      formatter: (p: { seriesName: string; value: [number, number, string] }) =>
        `${p.value[2]} (${p.seriesName})<br/>${xName}: ${p.value[0]}<br/>${yName}: ${p.value[1]}`,
    },
    legend: { bottom: 0, type: 'scroll' },
    grid: { left: TITLED, right: 24, top: 24, bottom: 64 },
    xAxis: { type: 'value', name: xName, nameLocation: 'middle', nameGap: 28, scale: true },
    yAxis: { ...valueAxis(yName), scale: true },
    series: series.map((s, i) => ({
      name: s.name,
      type: 'scatter',
      symbolSize: 8,
      itemStyle: { color: PALETTE[i % PALETTE.length], opacity: 0.75 },
      data: s.points,
    })),
  };
}

export function barOption(
  categories: string[],
  series: { name: string; values: number[]; color?: string; stack?: string }[],
  opts: { horizontal?: boolean; yName?: string } = {},
): ChartOption {
  const cat = { type: 'category', data: categories, axisLabel: { width: 160, overflow: 'truncate' } };
  const val = opts.horizontal ? { type: 'value', name: opts.yName, nameLocation: 'middle', nameGap: 28 } : valueAxis(opts.yName);
  return {
    tooltip: { trigger: 'axis' },
    legend: series.length > 1 ? { bottom: 0 } : undefined,
    grid: {
      left: opts.horizontal ? 170 : opts.yName ? TITLED : 56,
      right: 24,
      top: 24,
      bottom: (series.length > 1 ? 48 : 32) + (opts.horizontal && opts.yName ? 24 : 0),
    },
    xAxis: opts.horizontal ? val : cat,
    yAxis: opts.horizontal ? { ...cat, inverse: true } : val,
    series: series.map((s, i) => ({ name: s.name, type: 'bar', stack: s.stack, itemStyle: { color: s.color ?? PALETTE[i % PALETTE.length] }, data: s.values })),
  };
}

export function lineOption(series: { name: string; points: [string, number][]; color?: string }[], yName?: string): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: yName ? TITLED : 56, right: 24, top: 24, bottom: 48 },
    xAxis: { type: 'time' },
    yAxis: valueAxis(yName),
    series: series.map((s, i) => ({
      name: s.name,
      type: 'line',
      showSymbol: false,
      itemStyle: { color: s.color ?? PALETTE[i % PALETTE.length] },
      data: s.points,
    })),
  };
}
