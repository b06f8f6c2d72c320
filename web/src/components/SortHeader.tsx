export function SortHeader({ label, active, direction, onClick }: { label: string; active: boolean; direction: 'ASC' | 'DESC'; onClick: () => void }) {
  return (
    <button type="button" className="th-sort" onClick={onClick} title={`Sort by ${label}`}>
      {label} {active ? (direction === 'ASC' ? '▲' : '▼') : ''}
    </button>
  );
}

/** A column header: sortable ones say how the list is sorted (aria-sort) and sort on a click. */
export function SortableTh({
  label,
  sortable,
  active,
  direction,
  num,
  onSort,
}: {
  label: string;
  sortable: boolean;
  active: boolean;
  direction: 'ASC' | 'DESC';
  num?: boolean;
  onSort: () => void;
}) {
  return (
    <th scope="col" className={num ? 'num' : undefined} aria-sort={sortable && active ? (direction === 'ASC' ? 'ascending' : 'descending') : undefined}>
      {sortable ? <SortHeader label={label} active={active} direction={direction} onClick={onSort} /> : label}
    </th>
  );
}
