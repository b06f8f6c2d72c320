import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { CursorPagination, Pagination } from '../components/Pagination';
import { WindowSelect } from '../components/WindowSelect';
import { DetectionsTable } from '../features/detections/DetectionsTable';
import { GroupedTable } from '../features/detections/GroupedTable';
import { COLUMNS, groupOffset, groupPages, listPaging, MODELS, PAGE_SIZES, readListState, THREAT_LEVELS, type ColumnKey } from '../features/detections/params';
import { useWindow } from '../lib/window';
import { panelStates } from '../components/panel-states';

const DetectionsListQuery = graphql(`
  query DetectionsList(
    $window: TimeWindow
    $filter: DetectionFilter
    $orderBy: DetectionOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
    $offset: Int
  ) {
    detections(window: $window, filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before, offset: $offset) {
      totalCount
      startIndex
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          ...DetectionRow_detection
        }
      }
    }
  }
`);

const DetectionsByIpQuery = graphql(`
  query DetectionsByIp($window: TimeWindow, $filter: DetectionFilter, $sort: DetectionGroupSort, $direction: SortDirection, $first: Int, $offset: Int) {
    detectionsByIp(window: $window, filter: $filter, sort: $sort, direction: $direction, first: $first, offset: $offset) {
      totalCount
      items {
        ...IpGroupRow_group
      }
    }
  }
`);

export function DetectionsPage() {
  const [params, setParams] = useSearchParams();
  const s = readListState(params);
  const { window, preset, setWindow } = useWindow('LAST_24H');
  const [searchText, setSearchText] = useState(s.search);
  useEffect(() => setSearchText(s.search), [s.search]);

  const update = (changes: Record<string, string | null>, keepPage = false) =>
    setParams((p) => {
      for (const [k, v] of Object.entries(changes)) {
        if (v === null || v === '') p.delete(k);
        else p.set(k, v);
      }
      if (!keepPage) for (const k of ['page', 'after', 'before', 'at']) p.delete(k);
      return p;
    });
  const goTo = (where: Record<string, string>) =>
    setParams((p) => {
      for (const k of ['page', 'after', 'before', 'at']) p.delete(k);
      for (const [k, v] of Object.entries(where)) p.set(k, v);
      return p;
    });

  const list = useQuery(DetectionsListQuery, {
    variables: { window, filter: s.filter, orderBy: { field: s.sortField, direction: s.direction }, ...listPaging(s) },
    skip: s.grouped,
  });
  const groups = useQuery(DetectionsByIpQuery, {
    variables: { window, filter: s.filter, sort: s.groupSort, direction: s.direction, first: s.pageSize, offset: groupOffset(s) },
    skip: !s.grouped,
  });
  const active = s.grouped ? groups : list;
  const total = s.grouped ? groups.data?.detectionsByIp.totalCount : list.data?.detections.totalCount;

  const onSort = (key: string) => update({ sort_by: key, sort_order: s.sortKey === key && s.direction === 'DESC' ? 'asc' : 'desc' });
  const toggleLevel = (level: (typeof s.levels)[number]) => {
    const next = s.levels.includes(level) ? s.levels.filter((l) => l !== level) : [...s.levels, level];
    update({ threat_level: next.join(',') });
  };
  const toggleColumn = (key: ColumnKey) => {
    const next = s.cols.includes(key) ? s.cols.filter((c) => c !== key) : [...s.cols, key];
    update({ cols: next.join(',') }, true);
  };
  const anyFilter = s.levels.length > 0 || s.model || s.country || s.asn || s.search;

  return (
    <>
      <PageHeader title="Detections" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Detections' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>

      <Panel title="Filters">
        <form
          className="filters"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            update({ search: searchText.trim() });
          }}
        >
          <label>
            Search (IP, JA4, host, bot, AS organisation)
            <input type="search" value={searchText} onChange={(e) => setSearchText(e.target.value)} maxLength={200} />
          </label>
          <label>
            Model
            <select value={s.model ?? ''} onChange={(e) => update({ model_name: e.target.value })}>
              <option value="">All models</option>
              {MODELS.map((m) => (
                <option key={m} value={m}>
                  {m === 'COMPLET' ? 'Complet' : 'Applicatif'}
                </option>
              ))}
            </select>
          </label>
          <label>
            Country
            <input
              type="text"
              value={s.country}
              size={4}
              maxLength={2}
              placeholder="FR"
              onChange={(e) => update({ country_code: e.target.value.toUpperCase() })}
            />
          </label>
          <label>
            AS number
            <input type="number" min={1} value={s.asn ?? ''} onChange={(e) => update({ asn_number: e.target.value })} />
          </label>
          <button type="submit" className="button primary">
            Search
          </button>
          {anyFilter && (
            <button type="button" className="button" onClick={() => setParams(new URLSearchParams(params.get('group') ? { group: 'ip' } : {}))}>
              Clear filters
            </button>
          )}
        </form>
        <div className="chips" role="group" aria-label="Threat levels" style={{ marginTop: '.6rem' }}>
          {THREAT_LEVELS.map((l) => (
            <button key={l} type="button" className="chip" aria-pressed={s.levels.includes(l)} onClick={() => toggleLevel(l)}>
              {l.replace('_', ' ')}
            </button>
          ))}
        </div>
      </Panel>

      <Panel
        title={total == null ? 'Results' : `${total.toLocaleString('en')} ${s.grouped ? 'IPs' : 'detections'}`}
        {...panelStates(active)}
        empty={total === 0}
        emptyText="No detection matches these filters in this window."
        actions={
          <>
            <label className="toggle">
              <input type="checkbox" checked={s.grouped} onChange={(e) => update({ group: e.target.checked ? 'ip' : null, sort_by: null, sort_order: null })} />{' '}
              Group by IP
            </label>
            <label className="toggle">
              Per page
              <select value={s.pageSize} onChange={(e) => update({ page_size: e.target.value })}>
                {PAGE_SIZES.map((n) => (
                  <option key={n}>{n}</option>
                ))}
              </select>
            </label>
            {!s.grouped && (
              <details className="column-picker">
                <summary className="button">Columns</summary>
                <fieldset>
                  <legend className="sr-only">Columns shown</legend>
                  {COLUMNS.map((c) => (
                    <label key={c.key} className="toggle">
                      <input type="checkbox" checked={s.cols.includes(c.key)} onChange={() => toggleColumn(c.key)} /> {c.header}
                    </label>
                  ))}
                </fieldset>
              </details>
            )}
          </>
        }
      >
        {s.grouped && groups.data && <GroupedTable rows={groups.data.detectionsByIp.items} sortKey={s.sortKey} direction={s.direction} onSort={onSort} />}
        {!s.grouped && list.data && (
          <DetectionsTable rows={list.data.detections.edges.map((e) => e.node)} cols={s.cols} sortKey={s.sortKey} direction={s.direction} onSort={onSort} />
        )}
        {s.grouped && total != null && total > 0 && (
          <Pagination
            page={Math.min(s.page, groupPages(total, s.pageSize))}
            pages={groupPages(total, s.pageSize)}
            total={total}
            onPage={(p) => update({ page: String(p) }, true)}
          />
        )}
        {!s.grouped && list.data && list.data.detections.totalCount > 0 && (
          <CursorPagination
            start={list.data.detections.startIndex}
            shown={list.data.detections.edges.length}
            total={list.data.detections.totalCount}
            pageSize={s.pageSize}
            info={list.data.detections.pageInfo}
            onFirst={() => goTo({})}
            onPrevious={(before) => goTo({ before })}
            onNext={(after) => goTo({ after })}
            onLast={() => goTo({ at: 'end' })}
          />
        )}
      </Panel>
    </>
  );
}
