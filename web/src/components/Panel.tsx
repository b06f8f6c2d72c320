import { useId, type ReactNode } from 'react';

export interface PanelProps {
  title: ReactNode;
  loading?: boolean;
  error?: { message: string } | null;
  empty?: boolean;
  emptyText?: string;
  onRetry?: () => void;
  actions?: ReactNode;
  className?: string;
  children?: ReactNode;
}

/** A titled panel that shows its own loading, empty and error states: one failing query never blanks the page. */
export function Panel({ title, loading, error, empty, emptyText = 'Nothing in this window.', onRetry, actions, className, children }: PanelProps) {
  const id = useId();
  let body: ReactNode = children;
  if (error)
    body = (
      <div role="alert" className="panel-error">
        Could not load this panel: {error.message}
        {onRetry && (
          <button type="button" className="link-button" onClick={onRetry}>
            Retry
          </button>
        )}
      </div>
    );
  else if (loading)
    body = (
      <p role="status" className="muted">
        Loading…
      </p>
    );
  else if (empty) body = <p className="muted empty">{emptyText}</p>;
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={id}>
      <header className="panel-header">
        <h2 id={id}>{title}</h2>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      <div className="panel-body">{body}</div>
    </section>
  );
}
