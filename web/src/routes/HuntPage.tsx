import { useMemo, useState, type DragEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMutation } from '@apollo/client/react';
import { getFragmentData } from '../gql';
import type { EntityType, WindowPreset } from '../gql/graphql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { EntityLink } from '../components/EntityLink';
import { VerdictBadge } from '../components/VerdictBadge';
import { encodeStep } from '../features/graph-explorer/state';
import { CreateInvestigationMutation, SavedInvestigationFragment, SavedInvestigationsQuery } from '../features/saved-investigations/queries';
import {
  entityTypeOf,
  HUNT_FORMATS,
  HUNT_WINDOWS,
  HuntError,
  postHunt,
  verdictOf,
  type HuntAnswer,
  type HuntFormatChoice,
  type HuntMatch,
} from '../features/hunt/api';
import { formatNumber, formatTime } from '../lib/format';
import { DataTable, type Column } from '../components/DataTable';

/** Entities one click opens on the canvas, and a saved investigation keeps: the busiest (a request body is at most 64 KB). */
const OPEN_AT_MOST = 100;
const SAVE_AT_MOST = 500;

type Sort = 'document' | 'value' | 'kind' | 'requests' | 'detections' | 'last_seen' | 'verdict';
const VERDICT_RANK = { malicious: 3, suspicious: 2, legitimate: 1 } as const;
const KEY: Record<Sort, (m: HuntMatch, i: number) => string | number> = {
  document: (_m, i) => i,
  value: (m) => m.value,
  kind: (m) => m.kind,
  requests: (m) => m.requests,
  detections: (m) => m.detections.total,
  last_seen: (m) => m.last_seen ?? '',
  verdict: (m) => (m.verdict ? VERDICT_RANK[m.verdict] : 0),
};

/** The entities a match puts on the canvas: itself, or a range's busiest addresses. */
const entitiesOf = (m: HuntMatch): { type: EntityType; key: string }[] => {
  const type = entityTypeOf(m.kind);
  if (type) return [{ type, key: m.value }];
  return m.linked.map((l) => ({ type: l.type.toUpperCase() as EntityType, key: l.value }));
};
const busiestSeen = (ms: HuntMatch[], n: number) => {
  const refs = [...ms]
    .filter((m) => m.seen)
    .sort((a, b) => b.requests - a.requests || b.detections.total - a.detections.total)
    .flatMap(entitiesOf);
  return [...new Map(refs.map((r) => [`${r.type}:${r.key}`, r])).values()].slice(0, n);
};

/** `/hunt`: paste a list or drop a feed, see which indicators the traffic saw, open them in the graph, save them. */
export function HuntPage() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<HuntFormatChoice>('auto');
  const [column, setColumn] = useState('');
  const [windowValue, setWindowValue] = useState('30d');
  const [answer, setAnswer] = useState<HuntAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [show, setShow] = useState<'all' | 'seen' | 'unseen'>('all');
  const [kind, setKind] = useState('');
  const [find, setFind] = useState('');
  const [sort, setSort] = useState<Sort>('document');
  const [direction, setDirection] = useState<'ASC' | 'DESC'>('ASC');
  const [saved, setSaved] = useState<{ key: string; name: string } | null>(null);
  const [create, creating] = useMutation(CreateInvestigationMutation, { refetchQueries: [SavedInvestigationsQuery] });
  const preset: WindowPreset = HUNT_WINDOWS.find((w) => w.value === windowValue)!.preset;

  const run = async (offset = 0) => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const next = await postHunt(file ?? text, { name: file?.name ?? null, format, column, window: windowValue, offset });
      setAnswer(offset && answer ? { ...next, matches: [...answer.matches, ...next.matches] } : next);
    } catch (err) {
      setError(err instanceof HuntError ? err.message : 'The hunt could not reach the server.');
    } finally {
      setBusy(false);
    }
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    const f = e.dataTransfer.files[0];
    if (f) setFile(f);
  };

  const rows = useMemo(() => {
    if (!answer) return [];
    const needle = find.trim().toLowerCase();
    const kept = answer.matches
      .map((m, i) => ({ m, i }))
      .filter(({ m }) => (show === 'all' || m.seen === (show === 'seen')) && (!kind || m.kind === kind) && (!needle || m.value.toLowerCase().includes(needle)));
    const key = KEY[sort];
    const sign = direction === 'ASC' ? 1 : -1;
    return kept.sort((a, b) => {
      const [x, y] = [key(a.m, a.i), key(b.m, b.i)];
      return (x < y ? -1 : x > y ? 1 : 0) * sign || a.i - b.i;
    });
  }, [answer, show, kind, find, sort, direction]);

  const onSort = (s: Sort) => {
    setDirection(sort === s && direction === 'DESC' ? 'ASC' : sort === s ? 'DESC' : s === 'value' || s === 'kind' ? 'ASC' : 'DESC');
    setSort(s);
  };
  const source = answer?.source ?? 'a pasted list';
  const openInGraph = () => {
    const p = new URLSearchParams();
    if (preset !== 'LAST_7D') p.set('w', preset);
    for (const node of busiestSeen(answer!.matches, OPEN_AT_MOST)) p.append('step', encodeStep({ kind: 'seed', node }));
    navigate(`/graph?${p}`);
  };
  const save = async () => {
    const entities = busiestSeen(answer!.matches, SAVE_AT_MOST);
    const { summary } = answer!;
    const description = [
      `Retro-hunt of ${source} (${answer!.format.toUpperCase()}) over ${formatTime(answer!.window.since)} – ${formatTime(answer!.window.until)}:`,
      `${summary.seen} of ${summary.indicators} indicators seen, ${summary.not_seen} not seen, ${summary.unreadable} parts unreadable.`,
      entities.length < busiestSeen(answer!.matches, Infinity).length ? `The ${SAVE_AT_MOST} busiest seen entities are kept.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    const name = `Hunt: ${source}`.slice(0, 200);
    const res = await create({
      variables: {
        input: {
          name,
          description,
          entities: entities.map((e) => ({ type: e.type, value: e.key })),
          canvas: { steps: entities.slice(0, OPEN_AT_MOST).map((node) => encodeStep({ kind: 'seed', node })), window: preset },
        },
      },
    });
    if (res.data) setSaved({ key: getFragmentData(SavedInvestigationFragment, res.data.createInvestigation).key, name });
  };

  return (
    <>
      <PageHeader title="Retro-hunt" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Retro-hunt' }]} />
      <Panel title="Indicators">
        <form
          className="hunt-form"
          onSubmit={(e) => {
            e.preventDefault();
            void run();
          }}
        >
          <div className="hunt-drop" onDragOver={(e) => e.preventDefault()} onDrop={onDrop} data-testid="hunt-drop">
            <label className="sr-only" htmlFor="hunt-text">
              Indicators to hunt
            </label>
            <textarea
              id="hunt-text"
              rows={8}
              value={file ? '' : text}
              disabled={!!file}
              placeholder={
                'Paste IPs, CIDRs, JA4s, AS numbers, host names or URLs, one per line or in prose (1[.]2[.]3[.]4 and hxxp:// are read);\n"a User-Agent in double quotes"; or drop a CSV, a STIX 2.1 bundle, a MISP event or Suricata rules here.'
              }
              onChange={(e) => setText(e.target.value)}
            />
            <div className="hunt-file">
              {file ? (
                <>
                  <span>
                    File: <strong>{file.name}</strong> ({formatNumber(file.size)} bytes)
                  </span>
                  <button type="button" className="link-button" onClick={() => setFile(null)}>
                    Remove
                  </button>
                </>
              ) : (
                <label>
                  Or choose a file{' '}
                  <input type="file" accept=".txt,.csv,.json,.rules,text/*,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
                </label>
              )}
            </div>
          </div>
          <div className="hunt-options">
            <label>
              Format{' '}
              <select value={format} onChange={(e) => setFormat(e.target.value as HuntFormatChoice)}>
                {HUNT_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {f === 'auto' ? 'Detect' : f.toUpperCase()}
                  </option>
                ))}
              </select>
            </label>
            {(format === 'csv' || format === 'auto') && (
              <label>
                CSV column <input value={column} size={12} placeholder="detect" onChange={(e) => setColumn(e.target.value)} />
              </label>
            )}
            <label>
              Window{' '}
              <select value={windowValue} onChange={(e) => setWindowValue(e.target.value)}>
                {HUNT_WINDOWS.map((w) => (
                  <option key={w.value} value={w.value}>
                    {w.label}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="button primary" disabled={busy || (!file && !text.trim())}>
              {busy ? 'Hunting…' : 'Hunt'}
            </button>
          </div>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </form>
      </Panel>

      {answer && (
        <Panel
          title={`${formatNumber(answer.summary.indicators)} indicators from ${source}: ${formatNumber(answer.summary.seen)} seen, ${formatNumber(answer.summary.not_seen)} not seen`}
        >
          <div className="hunt-actions">
            <div role="group" aria-label="Show">
              {(['all', 'seen', 'unseen'] as const).map((s) => (
                <button key={s} type="button" className={`button${show === s ? ' active' : ''}`} aria-pressed={show === s} onClick={() => setShow(s)}>
                  {s === 'all' ? 'All' : s === 'seen' ? 'Seen' : 'Not seen'}
                </button>
              ))}
            </div>
            <label>
              Kind{' '}
              <select value={kind} onChange={(e) => setKind(e.target.value)}>
                <option value="">Any</option>
                {[...new Set(answer.matches.map((m) => m.kind))].map((k) => (
                  <option key={k} value={k}>
                    {k.toUpperCase()}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Find <input value={find} onChange={(e) => setFind(e.target.value)} />
            </label>
            <button type="button" className="button" disabled={answer.summary.seen === 0} onClick={openInGraph}>
              Open the seen ones in the graph
            </button>
            <button type="button" className="button" disabled={answer.summary.seen === 0 || creating.loading || !!saved} onClick={() => void save()}>
              Save as investigation
            </button>
            {saved && (
              <span role="status">
                Saved: <Link to={`/graph?inv=${saved.key}`}>{saved.name}</Link>
              </span>
            )}
          </div>
          <DataTable
            caption="Indicators and what the traffic holds of them"
            rows={rows}
            rowKey={({ m }) => `${m.kind}:${m.value}`}
            rowProps={({ m }) => ({ className: m.seen ? undefined : 'muted', 'data-seen': m.seen })}
            sort={{ key: sort, direction, onSort: (key) => onSort(key as Sort) }}
            columns={MATCH_COLUMNS}
          />
          {answer.matches.length < answer.total && (
            <button type="button" className="button" disabled={busy} onClick={() => void run(answer.matches.length)}>
              Next {formatNumber(Math.min(500, answer.total - answer.matches.length))} of {formatNumber(answer.total)}
            </button>
          )}
        </Panel>
      )}

      {answer && answer.unreadable.length > 0 && (
        <Panel title={`Not read (${formatNumber(answer.summary.unreadable)})`}>
          <DataTable
            caption="Parts of the document not read as indicators"
            rows={answer.unreadable}
            rowKey={(u, i) => String(i)}
            columns={[
              { header: 'Where', className: 'small', cell: (u) => u.at },
              { header: 'What', className: 'mono small', cell: (u) => u.text },
              { header: 'Why', className: 'small', cell: (u) => u.reason },
            ]}
          />
        </Panel>
      )}
    </>
  );
}

/** A match's columns: the indicator, what the traffic holds of it, and the entities it matched. */
const MATCH_COLUMNS: Column<{ m: HuntMatch }>[] = [
  {
    header: 'Indicator',
    sortKey: 'value',
    cell: ({ m }) => {
      const type = entityTypeOf(m.kind);
      return type ? <EntityLink type={type} value={m.value} full /> : <span className="mono">{m.value}</span>;
    },
  },
  { header: 'Kind', sortKey: 'kind', className: 'small', cell: ({ m }) => m.kind.toUpperCase() },
  {
    header: 'Seen',
    sortKey: 'last_seen',
    className: 'small',
    cell: ({ m }) => (m.seen ? `${formatTime(m.first_seen)} – ${formatTime(m.last_seen)}` : 'not seen'),
  },
  { header: 'Requests', sortKey: 'requests', num: true, cell: ({ m }) => formatNumber(m.requests) },
  {
    header: 'Detections',
    sortKey: 'detections',
    num: true,
    title: ({ m }) => `critical ${m.detections.critical}, high ${m.detections.high}, medium ${m.detections.medium}, low ${m.detections.low}`,
    cell: ({ m }) => formatNumber(m.detections.total),
  },
  {
    header: 'Verdict',
    sortKey: 'verdict',
    cell: ({ m }) => (m.verdict ? <VerdictBadge verdict={verdictOf(m.verdict)} long /> : <span className="muted">—</span>),
  },
  {
    header: 'Matched',
    className: 'small',
    cell: ({ m }) => (
      <>
        {m.linked.map((l) => (
          <EntityLink key={l.value} type={l.type.toUpperCase() as EntityType} value={l.value} />
        ))}
        {m.linked_count > m.linked.length && <span className="muted"> +{formatNumber(m.linked_count - m.linked.length)}</span>}
      </>
    ),
  },
];
