import type React from 'react';
import type { EntityType } from '../../gql/graphql';
import { ENTITY_META, ENTITY_TYPES } from '../../lib/entities';

const polygon = (n: number, rotate = -90, r = 7) =>
  Array.from({ length: n }, (_, i) => {
    const a = ((rotate + (360 / n) * i) * Math.PI) / 180;
    return `${8 + r * Math.cos(a)},${8 + r * Math.sin(a)}`;
  }).join(' ');

/** The Cytoscape shapes the canvas draws, as small SVGs. */
const SHAPES: Record<string, React.ReactElement> = {
  ellipse: <circle cx="8" cy="8" r="7" />,
  'round-diamond': <polygon points={polygon(4)} strokeLinejoin="round" />,
  'round-rectangle': <rect x="1" y="2" width="14" height="12" rx="3" />,
  hexagon: <polygon points={polygon(6, 0)} />,
  'round-triangle': <polygon points={polygon(3)} strokeLinejoin="round" />,
  'round-tag': <polygon points="1,2 11,2 15,8 11,14 1,14" strokeLinejoin="round" />,
  'round-pentagon': <polygon points={polygon(5)} strokeLinejoin="round" />,
  'concave-hexagon': <polygon points="1,2 15,2 12,8 15,14 1,14 4,8" />,
  octagon: <polygon points={polygon(8, 22.5)} />,
  barrel: <path d="M3,1 H13 Q16,8 13,15 H3 Q0,8 3,1 Z" />,
};

export function ShapeIcon({ type }: { type: EntityType }) {
  const meta = ENTITY_META[type];
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill={meta.color} stroke={meta.color} strokeWidth="1">
      {SHAPES[meta.shape] ?? SHAPES.ellipse}
    </svg>
  );
}

/** What the canvas's shapes, borders, badges and edges mean. */
export function Legend() {
  return (
    <>
      <ul className="legend" aria-label="Entity types">
        {ENTITY_TYPES.map((t) => (
          <li key={t}>
            <ShapeIcon type={t} /> {ENTITY_META[t].label}
          </li>
        ))}
      </ul>
      <p className="small muted">
        Border: worst threat level (red critical, orange high; double: pinned). Badge: the latest verdict (M malicious, S suspicious, L legitimate). Edge width:
        requests; hover an edge for its type and weight. ⊕: a group, double-click to open. Shift-click or shift-drag to select several.
      </p>
    </>
  );
}
