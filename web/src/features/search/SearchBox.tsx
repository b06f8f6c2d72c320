import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { EntityLink } from '../../components/EntityLink';
import { ENTITY_META, entityPath, graphPath } from '../../lib/entities';
import { formatNumber } from '../../lib/format';

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
export function SearchBox({ target = 'page', placeholder = 'Search an IP, JA4, ASN, host, user agent…', onPick, autoFocus }: { target?: 'page' | 'graph'; placeholder?: string; onPick?: (type: string, key: string) => void; autoFocus?: boolean }) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const query = useDebounced(text.trim(), 200);
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(QuickSearchQuery, { variables: { query }, skip: query.length < 2, fetchPolicy: 'cache-first' });
  const results = query.length >= 2 ? (data?.search ?? []) : [];

  const pick = (type: (typeof results)[number]['type'], key: string) => {
    setOpen(false);
    setText('');
    if (onPick) onPick(type, key);
    else navigate(target === 'graph' ? graphPath({ type, key }) : entityPath({ type, key }));
  };

  return (
    <div className="search" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
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
          if (e.key === 'Escape') setOpen(false);
        }}
      />
      {open && query.length >= 2 && (
        <div className="search-results" role="region" aria-label="Search results">
          {error && <p role="alert" className="panel-error">Search failed: {error.message}</p>}
          {!error && loading && !data && <p role="status" className="muted">Searching…</p>}
          {!error && data && results.length === 0 && <p className="muted">No entity matches “{query}”.</p>}
          <ul onClick={() => setOpen(false)}>
            {results.map((r) => (
              <li key={`${r.type}:${r.key}`}>
                <span className="type-tag" style={{ background: ENTITY_META[r.type].color }}>{ENTITY_META[r.type].label}</span>
                {onPick || target === 'graph' ? (
                  <button type="button" className="link-button" onClick={() => pick(r.type, r.key)}>
                    {r.label}
                  </button>
                ) : (
                  <EntityLink type={r.type} value={r.key} label={r.label} />
                )}
                <span className="muted small"> {r.match.toLowerCase()} · {formatNumber(r.hits)} hits</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
