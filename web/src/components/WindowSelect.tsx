import type { WindowPreset } from '../gql/graphql';
import { PRESETS } from '../lib/window';

export function WindowSelect({
  value,
  onChange,
  presets = PRESETS,
}: {
  value: WindowPreset | null;
  onChange: (p: WindowPreset) => void;
  presets?: { value: WindowPreset; label: string }[];
}) {
  return (
    <label className="window-select">
      <span>Time window</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value as WindowPreset)}>
        {value === null && <option value="">Custom range</option>}
        {presets.map((p) => (
          <option key={p.value} value={p.value}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
}
