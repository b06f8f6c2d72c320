import { useSearchParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { Pagination } from '../components/Pagination';
import { WindowSelect } from '../components/WindowSelect';
import { formatNumber, formatTime } from '../lib/format';
import { useWindow } from '../lib/window';
import { panelStates } from '../components/panel-states';
import { DataTable } from '../components/DataTable';

const AuditLogQuery = graphql(`
  query AuditLogPage($window: TimeWindow, $actor: String, $outcome: String, $offset: Int) {
    auditLog(window: $window, actor: $actor, outcome: $outcome, first: 50, offset: $offset) {
      totalCount
      items {
        at
        actor
        role
        action
        targetType
        target
        outcome
        details
        requestId
        clientIp
      }
    }
  }
`);

const AuditSummaryQuery = graphql(`
  query AuditSummary($window: TimeWindow) {
    auditStats(window: $window) {
      total
      byOutcome {
        key
        count
      }
      byAction {
        key
        count
      }
    }
    userActivity(window: $window) {
      user
      role
      total
      refused
      failed
      lastActive
    }
  }
`);

/** Who did what: every write attempt, refused and failed ones included. */
export function AuditPage() {
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const [params, setParams] = useSearchParams();
  const actor = params.get('actor') || null;
  const outcome = params.get('outcome') || null;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const log = useQuery(AuditLogQuery, { variables: { window, actor, outcome, offset: (page - 1) * 50 } });
  const summary = useQuery(AuditSummaryQuery, { variables: { window } });
  const sum = summary.data;
  const items = log.data?.auditLog;
  const set = (k: string, v: string | null) => setParams((p) => (v ? p.set(k, v) : p.delete(k), p.delete('page'), p));
  return (
    <>
      <PageHeader title="Audit" crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Audit' }]}>
        <WindowSelect value={preset} onChange={setWindow} />
      </PageHeader>
      <div className="grid two">
        <Panel title="Outcomes" {...panelStates(summary)}>
          {sum && (
            <dl className="stats">
              <div>
                <dt>Write attempts</dt>
                <dd>{formatNumber(sum.auditStats.total)}</dd>
              </div>
              {sum.auditStats.byOutcome.map((o) => (
                <div key={o.key}>
                  <dt>{o.key}</dt>
                  <dd>{formatNumber(o.count)}</dd>
                </div>
              ))}
              {sum.auditStats.byAction.map((o) => (
                <div key={o.key}>
                  <dt>{o.key}</dt>
                  <dd>{formatNumber(o.count)}</dd>
                </div>
              ))}
            </dl>
          )}
        </Panel>
        <Panel title="Per user" {...panelStates(summary)} empty={!!sum && !sum.userActivity.length}>
          {sum && (
            <DataTable
              compact
              caption="Activity per user"
              rows={sum.userActivity}
              rowKey={(u) => u.user}
              columns={[
                {
                  header: 'User',
                  cell: (u) => (
                    <button type="button" className="link-button" onClick={() => set('actor', u.user)}>
                      {u.user}
                    </button>
                  ),
                },
                { header: 'Role', cell: (u) => u.role },
                { header: 'Attempts', num: true, cell: (u) => u.total },
                { header: 'Refused', num: true, cell: (u) => u.refused },
                { header: 'Failed', num: true, cell: (u) => u.failed },
                { header: 'Last active', className: 'small', cell: (u) => formatTime(u.lastActive) },
              ]}
            />
          )}
        </Panel>
      </div>
      <Panel
        title={items ? `${items.totalCount} entries` : 'Entries'}
        {...panelStates(log)}
        empty={items?.totalCount === 0}
        actions={
          <>
            {actor && (
              <button type="button" className="button" onClick={() => set('actor', null)}>
                Actor: {actor} ✕
              </button>
            )}
            <select aria-label="Outcome" value={outcome ?? ''} onChange={(e) => set('outcome', e.target.value)}>
              <option value="">Every outcome</option>
              <option value="success">success</option>
              <option value="refused">refused</option>
              <option value="failed">failed</option>
            </select>
          </>
        }
      >
        {items && (
          <>
            <DataTable
              compact
              caption="Audit entries"
              rows={items.items}
              rowKey={(a) => `${a.requestId}-${a.at}-${a.action}`}
              columns={[
                { header: 'When (UTC)', className: 'small', cell: (a) => formatTime(a.at) },
                {
                  header: 'Actor',
                  cell: (a) => (
                    <>
                      {a.actor} <span className="muted small">({a.role})</span>
                    </>
                  ),
                },
                { header: 'Action', cell: (a) => a.action },
                {
                  header: 'Target',
                  className: 'small wrap',
                  cell: (a) => (
                    <>
                      {a.targetType} {a.target}
                    </>
                  ),
                },
                { header: 'Outcome', className: (a) => (a.outcome === 'success' ? 'ok' : 'error'), cell: (a) => a.outcome },
                { header: 'Details', className: 'small', cell: (a) => a.details },
                {
                  header: 'Request · client',
                  className: 'mono small',
                  cell: (a) => (
                    <>
                      {a.requestId.slice(0, 8)} · {a.clientIp}
                    </>
                  ),
                },
              ]}
            />
            {items.totalCount > 50 && (
              <Pagination
                page={page}
                pages={Math.ceil(items.totalCount / 50)}
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
