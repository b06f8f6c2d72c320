export function Pagination({ page, pages, total, onPage }: { page: number; pages: number; total: number; onPage: (p: number) => void }) {
  return (
    <nav className="pagination" aria-label="Pages">
      <button type="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        ← Previous
      </button>
      <span>
        Page {page} of {Math.max(pages, 1)} · {total.toLocaleString('en')} in all
      </span>
      <button type="button" onClick={() => onPage(page + 1)} disabled={page >= pages}>
        Next →
      </button>
    </nav>
  );
}

interface CursorProps {
  start: number;
  shown: number;
  total: number;
  pageSize: number;
  info: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor?: string | null; endCursor?: string | null };
  onFirst: () => void;
  onPrevious: (before: string) => void;
  onNext: (after: string) => void;
  onLast: () => void;
}

/** Pages of a list read by cursor: every page is reachable, the last one included, whatever the list's length. */
export function CursorPagination({ start, shown, total, pageSize, info, onFirst, onPrevious, onNext, onLast }: CursorProps) {
  const page = Math.floor(start / pageSize) + 1;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pagination" aria-label="Pages">
      <button type="button" onClick={onFirst} disabled={!info.hasPreviousPage}>
        ⇤ First
      </button>
      <button type="button" onClick={() => info.startCursor && onPrevious(info.startCursor)} disabled={!info.hasPreviousPage}>
        ← Previous
      </button>
      <span>
        Rows {(start + 1).toLocaleString('en')}–{(start + shown).toLocaleString('en')} of {total.toLocaleString('en')} · page{' '}
        {Math.min(page, pages).toLocaleString('en')} of {pages.toLocaleString('en')}
      </span>
      <button type="button" onClick={() => info.endCursor && onNext(info.endCursor)} disabled={!info.hasNextPage}>
        Next →
      </button>
      <button type="button" onClick={onLast} disabled={!info.hasNextPage}>
        Last ⇥
      </button>
    </nav>
  );
}
