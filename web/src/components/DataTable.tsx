import { useState, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { SortableTh } from './SortHeader';

export interface Column<Row> {
  header: string;
  /** The header said to screen readers only (a column of buttons). */
  hideHeader?: boolean;
  cell: (row: Row, index: number) => ReactNode;
  /** Figures: right-aligned. */
  num?: boolean;
  /** Classes of the column's cells: `wrap` for long values, `mono` for keys, `small`; or per row. */
  className?: string | ((row: Row) => string | undefined);
  /** Sortable in the browser by this value (a table given `sort` sorts by `sortKey` instead). */
  sortBy?: (row: Row) => Sortable;
  /** Sortable by whoever holds the rows (the server): the key `sort.onSort` is called with. */
  sortKey?: string;
  /** A tooltip for the cell. */
  title?: (row: Row) => string | undefined;
}

export type Direction = 'ASC' | 'DESC';

export interface DataTableProps<Row> {
  rows: readonly Row[];
  /** Columns in order; `false` (or null) leaves one out, so a column can depend on the data. */
  columns: readonly (Column<Row> | false | null | undefined)[];
  rowKey: (row: Row, index: number) => string;
  /** Says what the rows are: for screen readers, or on screen with `showCaption`. */
  caption?: ReactNode;
  showCaption?: boolean;
  /** Its accessible name where the table has no caption. */
  label?: string;
  compact?: boolean;
  /** Shown instead of an empty table. */
  emptyText?: string;
  rowClassName?: (row: Row) => string | undefined;
  /** Attributes of a row's `tr` (`aria-selected`, `data-*`). */
  rowProps?: (row: Row) => ComponentPropsWithoutRef<'tr'> & { [data: `data-${string}`]: string | boolean | undefined };
  /** Sorted by its holder: which column key and direction, and what a click on a header asks. */
  sort?: { key: string | null; direction: Direction; onSort: (key: string) => void };
  /** Rows after the data rows (totals, a "more" row). */
  footer?: ReactNode;
}

type Sortable = string | number | null | undefined;

/** Rows without the value last, in either direction. */
const compare = (a: Sortable, b: Sortable, sign: number) => {
  if (a == null) return b == null ? 0 : 1;
  if (b == null) return -1;
  return sign * (typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b)));
};

const cellClass = <Row,>(c: Column<Row>, row: Row) =>
  [c.num ? 'num' : '', (typeof c.className === 'function' ? c.className(row) : c.className) ?? ''].join(' ').trim() || undefined;

/**
 * Every table of the app: a header row of columns (sortable ones say how the rows are sorted and sort
 * on a click), one row per item, its cells formatted by their column, and a line instead of an empty
 * table.
 */
export function DataTable<Row>({
  rows,
  columns,
  rowKey,
  caption,
  showCaption,
  label,
  compact,
  emptyText,
  rowClassName,
  rowProps,
  sort,
  footer,
}: DataTableProps<Row>) {
  const shown = columns.filter((c): c is Column<Row> => Boolean(c));
  const [local, setLocal] = useState<{ index: number; direction: Direction } | null>(null);
  // columns are written inline by each caller (a new array every render): a memo would never hold
  const by = local ? shown[local.index]?.sortBy : undefined;
  const sign = local?.direction === 'ASC' ? 1 : -1;
  const sorted = by ? [...rows].sort((a, b) => compare(by(a), by(b), sign)) : rows;
  if (!rows.length && emptyText) return <p className="muted empty">{emptyText}</p>;
  return (
    <table className={compact ? 'table compact' : 'table'} aria-label={label}>
      {caption && <caption className={showCaption ? undefined : 'sr-only'}>{caption}</caption>}
      <thead>
        <tr>
          {shown.map((c, i) =>
            sort && c.sortKey ? (
              <SortableTh
                key={i}
                label={c.header}
                sortable
                active={sort.key === c.sortKey}
                direction={sort.direction}
                num={c.num}
                onSort={() => sort.onSort(c.sortKey!)}
              />
            ) : !sort && c.sortBy ? (
              <SortableTh
                key={i}
                label={c.header}
                sortable
                active={local?.index === i}
                direction={local?.direction ?? 'DESC'}
                num={c.num}
                onSort={() => setLocal((s) => ({ index: i, direction: s?.index === i && s.direction === 'DESC' ? 'ASC' : 'DESC' }))}
              />
            ) : (
              <th key={i} scope="col" className={c.num ? 'num' : undefined}>
                {c.hideHeader ? <span className="sr-only">{c.header}</span> : c.header}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row, r) => (
          <tr key={rowKey(row, r)} className={rowClassName?.(row)} {...rowProps?.(row)}>
            {shown.map((c, i) => (
              <td key={i} className={cellClass(c, row)} title={c.title?.(row)}>
                {c.cell(row, r)}
              </td>
            ))}
          </tr>
        ))}
        {footer}
      </tbody>
    </table>
  );
}
