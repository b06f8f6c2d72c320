export function SortHeader({ label, active, direction, onClick }: { label: string; active: boolean; direction: 'ASC' | 'DESC'; onClick: () => void }) {
  return (
    <button type="button" className="th-sort" onClick={onClick} title={`Sort by ${label}`}>
      {label} {active ? (direction === 'ASC' ? '▲' : '▼') : ''}
    </button>
  );
}
