import type { EntityType } from '../../gql/graphql';
import { ENTITY_META, ENTITY_TYPES } from '../../lib/entities';
import type { CanvasFilter } from './state';

const LEVELS = [
  ['CRITICAL', 'critical'],
  ['HIGH', 'high'],
  ['MEDIUM', 'medium'],
  ['LOW', 'low'],
  ['KNOWN_BOT', 'known bot'],
  ['NONE', 'no detection'],
] as const;

const toggle = <T,>(xs: T[], x: T) => (xs.includes(x) ? xs.filter((y) => y !== x) : [...xs, x]);

/** Find a node and narrow the canvas by type, threat level, link weight and verdict. */
export function CanvasFilters({ filter, found, onChange }: { filter: CanvasFilter; found: number; onChange: (f: CanvasFilter) => void }) {
  return (
    <div className="explorer-filters" role="group" aria-label="Filter the canvas">
      <label>
        Find{' '}
        <input
          type="search"
          aria-label="Find a node"
          placeholder="address, fingerprint, name…"
          value={filter.find}
          onChange={(e) => onChange({ ...filter, find: e.target.value })}
        />
      </label>
      {filter.find && (
        <span className="small muted" role="status">
          {found} found
        </span>
      )}
      <fieldset>
        <legend>Types</legend>
        {ENTITY_TYPES.map((t: EntityType) => (
          <label key={t}>
            <input
              type="checkbox"
              checked={!filter.hiddenTypes.includes(t)}
              onChange={() => onChange({ ...filter, hiddenTypes: toggle(filter.hiddenTypes, t) })}
            />{' '}
            {ENTITY_META[t].label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Threat</legend>
        {LEVELS.map(([l, text]) => (
          <label key={l}>
            <input type="checkbox" checked={filter.levels.includes(l)} onChange={() => onChange({ ...filter, levels: toggle(filter.levels, l) })} /> {text}
          </label>
        ))}
      </fieldset>
      <label>
        Min. link weight{' '}
        <input
          type="number"
          min={0}
          step={10}
          value={filter.minWeight || ''}
          placeholder="0"
          onChange={(e) => onChange({ ...filter, minWeight: Math.max(0, Number(e.target.value) || 0) })}
        />
      </label>
      <label>
        Verdict{' '}
        <select value={filter.verdict ?? ''} onChange={(e) => onChange({ ...filter, verdict: (e.target.value || null) as CanvasFilter['verdict'] })}>
          <option value="">any</option>
          <option value="MALICIOUS">malicious</option>
          <option value="SUSPICIOUS">suspicious</option>
          <option value="LEGITIMATE">legitimate</option>
          <option value="NONE">not classified</option>
        </select>
      </label>
    </div>
  );
}
