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

export interface QueryStatesProps {
  loading?: boolean;
  error?: { message: string } | null;
  empty?: boolean;
  emptyText?: string;
  onRetry?: () => void;
  /** What failed, before the error's message. */
  errorText?: string;
  loadingText?: string;
  children?: ReactNode;
}

/** What a query's answer shows in its place: its error (with a retry), that it is loading, that it is empty, or the answer. */
export function QueryStates({
  loading,
  error,
  empty,
  emptyText = 'Nothing in this window.',
  onRetry,
  errorText = 'Could not load this panel',
  loadingText = 'Loading…',
  children,
}: QueryStatesProps) {
  if (error)
    return (
      <div role="alert" className="panel-error">
        {errorText}: {error.message}
        {onRetry && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={onRetry}>
              Retry
            </button>
          </>
        )}
      </div>
    );
  if (loading)
    return (
      <p role="status" className="muted">
        {loadingText}
      </p>
    );
  if (empty) return <p className="muted empty">{emptyText}</p>;
  return <>{children}</>;
}

/** A titled panel that shows its own loading, empty and error states: one failing query never blanks the page. */
export function Panel({ title, loading, error, empty, emptyText, onRetry, actions, className, children }: PanelProps) {
  const id = useId();
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={id}>
      <header className="panel-header">
        <h2 id={id}>{title}</h2>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      <div className="panel-body">
        <QueryStates loading={loading} error={error} empty={empty} emptyText={emptyText} onRetry={onRetry}>
          {children}
        </QueryStates>
      </div>
    </section>
  );
}
