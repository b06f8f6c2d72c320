import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ClassificationLabel, EntityType } from '../gql/graphql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { Chart } from '../components/Chart';
import { Pagination } from '../components/Pagination';
import { WindowSelect } from '../components/WindowSelect';
import { EntityLink } from '../components/EntityLink';
import { barOption, donutOption } from '../components/chart-options';
import { LABELS } from '../features/classification/tags';
import { ENTITY_TYPES } from '../lib/entities';
import { formatTime } from '../lib/format';
import { useWindow } from '../lib/window';
import { panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

const ClassificationsListQuery = graphql(`
  query ClassificationsList($window: TimeWindow, $label: ClassificationLabel, $type: EntityType, $analyst: String, $offset: Int) {
    classifications(window: $window, label: $label, type: $type, analyst: $analyst, first: 25, offset: $offset) {
      totalCount
      items {
        id
        createdAt
        entityType
        value
        label
        rawLabel
        tags
        comment
        confidence
        analyst
      }
    }
  }
`);

const ClassificationStatsQuery = graphql(`
  query ClassificationStatsPanel($window: TimeWindow) {
    classificationStats(window: $window) {
      total
      byLabel {
        value
        count
      }
      byTag {
        value
        count
      }
      byAnalyst {
        value
        count
      }
    }
  }
`);

const COLORS: Record<string, string> = { legitimate: '#16a34a', suspicious: '#ca8a04', malicious: '#dc2626' };

/** The analysts' decisions: review, filter, and see what was decided by whom. */
export function ClassificationsPage() {
  const { window, preset, setWindow } = useWindow('LAST_30D');
  const [params, setParams] = useSearchParams();
  const label = (LABELS.find((l) => l.value === params.get('label'))?.value ?? null) as ClassificationLabel | null;
  const type = (ENTITY_TYPES.find((t) => t === params.get('type')) ?? null) as EntityType | null;
  const analyst = params.get('analyst') || null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useQuery(ClassificationsListQuery, { variables: { window, label, type, analyst, offset: (page - 1) * 25 } });
  const stats = useQuery(ClassificationStatsQuery, { variables: { window } });
  const s = stats.data?.classificationStats;
  const donut = useMemo(() => (s ? donutOption(s.byLabel.map((l) => ({ name: l.value, value: l.count, color: COLORS[l.value] }))) : null), [s]);
  const tags = useMemo(
    () =>
      s
        ? barOption(
            s.byTag.slice(0, 12).map((t) => t.value),
            [{ name: 'Classifications', values: s.byTag.slice(0, 12).map((t) => t.count) }],
            { horizontal: true },
          )
        : null,
    [s],
  );
  const set = (k: string, v: string | null) => setParams((p) => (v ? p.set(k, v) : p.delete(k), p.delete('page'), p));
  const items = list.data?.classifications;

  return (
    <>
      <PageHeader title="Classifications" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Classifications' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <div className="grid two">
        <Panel title={s ? `By label (${s.total})` : 'By label'} {...panelStates(stats)} empty={s?.total === 0} emptyText="No decision recorded in this window.">
          {donut && <Chart option={donut} height={260} label="Classifications by label" />}
        </Panel>
        <Panel title="Most used tags" {...panelStates(stats)} empty={!!s && !s.byTag.length}>
          {tags && <Chart option={tags} height={260} label="Classifications per tag" />}
        </Panel>
      </div>
      <Panel
        title={items ? `${items.totalCount} decisions` : 'Decisions'}
        {...panelStates(list)}
        empty={items?.totalCount === 0}
        actions={
          <>
            <select aria-label="Label" value={label ?? ''} onChange={(e) => set('label', e.target.value)}>
              <option value="">Every label</option>
              {LABELS.map((l) => (
                <option key={l.value} value={l.value}>
                  {l.text}
                </option>
              ))}
            </select>
            <select aria-label="Entity type" value={type ?? ''} onChange={(e) => set('type', e.target.value)}>
              <option value="">Every type</option>
              {ENTITY_TYPES.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
            <select aria-label="Analyst" value={analyst ?? ''} onChange={(e) => set('analyst', e.target.value)}>
              <option value="">Every analyst</option>
              {s?.byAnalyst.map((a) => (
                <option key={a.value}>{a.value}</option>
              ))}
            </select>
          </>
        }
      >
        {items && (
          <>
            <DataTable
              compact
              caption="Classifications"
              rows={items.items}
              rowKey={(c) => c.id}
              columns={[
                { header: 'When', className: 'small', cell: (c) => formatTime(c.createdAt) },
                {
                  header: 'Entity',
                  cell: (c) => {
                    const t = c.entityType.toUpperCase() as EntityType;
                    return ENTITY_TYPES.includes(t) ? <EntityLink type={t} value={c.value} /> : `${c.entityType} ${c.value}`;
                  },
                },
                {
                  header: 'Label',
                  cell: (c) => <strong style={{ color: COLORS[(c.label ?? c.rawLabel).toLowerCase()] }}>{(c.label ?? c.rawLabel).toLowerCase()}</strong>,
                },
                { header: 'Tags', className: 'small', cell: (c) => c.tags.join(', ') },
                { header: 'Comment', className: 'small', cell: (c) => c.comment },
                { header: 'Analyst', cell: (c) => c.analyst },
              ]}
            />
            {items.totalCount > 25 && (
              <Pagination
                page={page}
                pages={Math.ceil(items.totalCount / 25)}
                total={items.totalCount}
                onPage={(p) => setParams((x) => (x.set('page', String(p)), x))}
              />
            )}
          </>
        )}
      </Panel>
    </>
  );
}
