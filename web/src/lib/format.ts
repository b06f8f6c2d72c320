const nf = new Intl.NumberFormat('en');

export const formatNumber = (n: number | null | undefined) => (n == null ? '—' : nf.format(Math.round(n * 100) / 100));

export const formatPercent = (share: number | null | undefined, digits = 1) => (share == null ? '—' : `${(share * 100).toFixed(digits)} %`);

export function formatTime(iso: string | null | undefined) {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : d.toISOString().replace('T', ' ').slice(0, 19) + ' UTC';
}

/** "11-21 08:48" — for dense tables; the full time is in the title. */
export function formatShortTime(iso: string | null | undefined) {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : d.toISOString().slice(5, 16).replace('T', ' ');
}

export const formatScore = (s: number | null | undefined) => (s == null ? '—' : s.toFixed(3));

export const truncate = (s: string, max = 150) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
