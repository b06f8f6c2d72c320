import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { EntityLink } from '../../components/EntityLink';
import { ENTITY_META, entityPath, graphPath } from '../../lib/entities';
import { formatNumber } from '../../lib/format';
import { QueryStates } from '../../components/Panel';
import { panelStates } from '../../components/panel-states';

const QuickSearchQuery = graphql(`
  query QuickSearch($query: String!) {
    search(query: $query, first: 12, window: { preset: LAST_30D }) {
      type
      key
      label
      match
      hits
    }
  }
`);

function useDebounced<T>(value: T, ms: number) {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

/**
 * Quick search across IPs (exact, prefix, CIDR), JA4s, hosts, user agents, countries, ASNs and campaigns.
 * Enter opens the best match; `target="graph"` opens it in the graph explorer instead.
 */
export function SearchBox({
  target = 'page',
  placeholder = 'Search an IP or CIDR, JA4, AS, country, host, user agent…',
  onPick,
  autoFocus,
}: {
  target?: 'page' | 'graph';
  placeholder?: string;
  onPick?: (type: string, key: string) => void;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const query = useDebounced(text.trim(), 200);
  const navigate = useNavigate();
  const search = useQuery(QuickSearchQuery, { variables: { query }, skip: query.length < 2, fetchPolicy: 'cache-first' });
  const results = query.length >= 2 ? (search.data?.search ?? []) : [];

  const pick = (type: (typeof results)[number]['type'], key: string) => {
    setOpen(false);
    setText('');
    if (onPick) onPick(type, key);
    else navigate(target === 'graph' ? graphPath({ type, key }) : entityPath({ type, key }));
  };

  // arrow keys move between the box and its suggestions; Escape comes back to the box
  const box = useRef<HTMLDivElement>(null);
  const move = (e: KeyboardEvent<HTMLElement>) => {
    if (!['ArrowDown', 'ArrowUp', 'Escape'].includes(e.key)) return;
    const items = [...(box.current?.querySelectorAll<HTMLElement>('.search-results li a, .search-results li button') ?? [])];
    const input = box.current?.querySelector('input');
    const at = items.indexOf(document.activeElement as HTMLElement);
    e.preventDefault();
    if (e.key === 'Escape') {
      // focusing the box opens the list: close it after
      input?.focus();
      setOpen(false);
    } else if (e.key === 'ArrowDown') items[Math.min(items.length - 1, at + 1)]?.focus();
    else if (at <= 0) input?.focus();
    else items[at - 1]?.focus();
  };

  return (
    <div className="search" ref={box} onKeyDown={move} onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <input
        type="search"
        aria-label="Search entities"
        placeholder={placeholder}
        value={text}
        autoFocus={autoFocus}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && results[0]) pick(results[0].type, results[0].key);
        }}
      />
      {open && query.length >= 2 && (
        <div className="search-results" role="region" aria-label="Search results">
          <QueryStates
            {...panelStates(search)}
            errorText="Search failed"
            loadingText="Searching…"
            empty={!!search.data && results.length === 0}
            emptyText={`No entity matches “${query}”.`}
          >
            <ul onClick={() => setOpen(false)}>
              {results.map((r) => (
                <li key={`${r.type}:${r.key}`}>
                  <span className="type-tag" style={{ background: ENTITY_META[r.type].color }}>
                    {ENTITY_META[r.type].label}
                  </span>
                  {onPick || target === 'graph' ? (
                    <button type="button" className="link-button" onClick={() => pick(r.type, r.key)}>
                      {r.label}
                    </button>
                  ) : (
                    <EntityLink type={r.type} value={r.key} label={r.label} />
                  )}
                  <span className="muted small">
                    {' '}
                    {r.match.toLowerCase()} · {formatNumber(r.hits)} hits
                  </span>
                </li>
              ))}
            </ul>
          </QueryStates>
        </div>
      )}
    </div>
  );
}
