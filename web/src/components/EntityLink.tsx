import { Link } from 'react-router-dom';
import { entityLabel, entityPath, graphPath, ENTITY_META, type EntityRef } from '../lib/entities';
import type { ClassificationLabel } from '../gql/graphql';
import { VerdictBadge } from './VerdictBadge';

/** Every entity shown anywhere links to its page and to the graph, with the analyst's verdict when there is one. */
export function EntityLink({
  type,
  value,
  label,
  full,
  verdict,
}: {
  type: EntityRef['type'];
  value: string;
  label?: string;
  full?: boolean;
  verdict?: ClassificationLabel | null;
}) {
  const ref = { type, key: value };
  const text = label ?? (full ? value : entityLabel(ref));
  return (
    <span className="entity-link">
      <Link to={entityPath(ref)} title={`${ENTITY_META[type].label} ${value}`} className={type === 'JA4' || type === 'USER_AGENT' ? 'mono' : undefined}>
        {text}
      </Link>
      <Link to={graphPath(ref)} className="graph-link" aria-label={`Open ${ENTITY_META[type].label} ${value} in the graph`} title="Open in the graph">
        <GraphIcon />
      </Link>
      <VerdictBadge verdict={verdict} />
    </span>
  );
}

/** Three linked nodes: "open in the graph". */
export function GraphIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="3" cy="8" r="2.2" fill="currentColor" />
      <circle cx="13" cy="3" r="2.2" fill="currentColor" />
      <circle cx="13" cy="13" r="2.2" fill="currentColor" />
      <path d="M3 8 13 3M3 8l10 5" stroke="currentColor" strokeWidth="1.4" fill="none" />
    </svg>
  );
}

/** Where an IP sits: its AS (or the AS name the row carries) and its country, each a link. */
export function NetworkOf({ asn, asName, country }: { asn?: { number: number; name: string } | null; asName?: string | null; country?: string | null }) {
  return (
    <>
      {asn ? <EntityLink type="ASN" value={String(asn.number)} label={`AS${asn.number} ${asn.name}`} /> : (asName ?? '—')} ·{' '}
      {country ? <EntityLink type="COUNTRY" value={country} /> : '—'}
    </>
  );
}
