import { NavLink } from 'react-router-dom';
import type { AttributeType } from '../../gql/graphql';
import { entityPath } from '../../lib/entities';
import { urlTypeOf } from './attribute-types';

/**
 * The views of one entity, the same on each of them: its investigation (IPs and JA4s), its
 * detections and what was seen with it in the traffic. The window travels with the analyst.
 */
export function EntityViews({ type, value }: { type: AttributeType; value: string }) {
  const views = [
    ...(type === 'IP' || type === 'JA4' ? [{ label: 'Profile', to: entityPath({ type, key: value }) }] : []),
    { label: 'Detections', to: `/detections/${urlTypeOf(type)}/${encodeURIComponent(value)}` },
    { label: 'Traffic', to: `/entities/${urlTypeOf(type)}/${encodeURIComponent(value)}` },
  ];
  return (
    <nav className="entity-views" aria-label="Views of this entity">
      {views.map((v) => (
        <NavLink key={v.label} to={v.to} end className={({ isActive }) => (isActive ? 'active' : undefined)}>
          {v.label}
        </NavLink>
      ))}
    </nav>
  );
}
