import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import { Panel } from '../../components/Panel';
import { sliceStates } from '../../components/panel-states';
import { formatNumber } from '../../lib/format';
import { DataTable } from '../../components/DataTable';

export const RiskPanelFragment = graphql(`
  fragment RiskPanel_query on Query {
    ip(address: $ip, window: $window) {
      id
      investigation {
        riskScore
        riskLevel
        loginPosts
        recurrenceDays
        factors {
          factor
          weight
          value
          points
          evidence
        }
      }
    }
  }
`);

const TONE = { MALICIOUS: 'error', SUSPICIOUS: 'warn', LOW: 'ok' } as const;

/** The risk score with its breakdown: each factor, its weight and what was seen. */
export function RiskPanel({ slice }: { slice: Slice<FragmentType<typeof RiskPanelFragment>> }) {
  const data = getFragmentData(RiskPanelFragment, slice.data);
  const inv = data?.ip?.investigation;
  return (
    <Panel title="Risk score" {...sliceStates(slice)} empty={!!data && !inv} emptyText="No traffic from this IP in this window.">
      {inv && (
        <>
          <div className="risk">
            <span className={`risk-score ${TONE[inv.riskLevel]}`} aria-label={`Risk score ${inv.riskScore} out of 100`}>
              {inv.riskScore}
              <span className="muted small"> / 100</span>
            </span>
            <span className="muted">
              {formatNumber(inv.loginPosts)} POSTs on login paths · flagged on {inv.recurrenceDays} day{inv.recurrenceDays === 1 ? '' : 's'}
            </span>
          </div>
          <DataTable
            compact
            caption="Risk factors"
            rows={inv.factors}
            rowKey={(f) => f.factor}
            columns={[
              { header: 'Factor', cell: (f) => f.factor.replace(/_/g, ' ').toLowerCase() },
              { header: 'Weight', num: true, cell: (f) => f.weight },
              {
                header: 'Points',
                num: true,
                cell: (f) => (
                  <span className="share-bar" style={{ ['--share' as string]: `${(f.points / f.weight) * 100}%` }}>
                    {f.points}
                  </span>
                ),
              },
              { header: 'Evidence', className: 'small', cell: (f) => f.evidence },
            ]}
          />
        </>
      )}
    </Panel>
  );
}
