import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router-dom';

export interface Crumb {
  label: string;
  to?: string;
}

/** Breadcrumbs, a back button, the title and the page's controls. */
export function PageHeader({ title, crumbs = [], children, back = true }: { title: ReactNode; crumbs?: Crumb[]; children?: ReactNode; back?: boolean }) {
  const navigate = useNavigate();
  return (
    <header className="page-header">
      {crumbs.length > 0 && (
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          <ol>
            {crumbs.map((c, i) => (
              <li key={i}>{c.to ? <Link to={c.to}>{c.label}</Link> : <span aria-current="page">{c.label}</span>}</li>
            ))}
          </ol>
        </nav>
      )}
      <div className="page-title-row">
        {back && (
          <button type="button" className="back" onClick={() => navigate(-1)}>
            ← Back
          </button>
        )}
        <h1>{title}</h1>
        <div className="page-controls">{children}</div>
      </div>
    </header>
  );
}
