import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { formatNumber } from '../lib/format';

export function KpiCard({
  label,
  value,
  hint,
  to,
  tone,
}: {
  label: string;
  value: number | null | undefined;
  hint?: ReactNode;
  to?: string;
  tone?: 'danger' | 'ok';
}) {
  const body = (
    <>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value">{formatNumber(value)}</span>
      {hint && <span className="kpi-hint">{hint}</span>}
    </>
  );
  return to ? (
    <Link to={to} className={`kpi ${tone ?? ''}`}>
      {body}
    </Link>
  ) : (
    <div className={`kpi ${tone ?? ''}`}>{body}</div>
  );
}
