import { useLazyQuery } from '@apollo/client/react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Slice } from '../../lib/page-query';
import type { TimeWindow } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { sliceStates } from '../../components/panel-states';
import type { ReactNode } from 'react';
import { download } from '../../lib/download';
import { formatNumber, formatPercent } from '../../lib/format';

export const RecommendationPanelFragment = graphql(`
  fragment RecommendationPanel_query on Query {
    ip(address: $ip, window: $window) {
      id
      investigation {
        recommendation {
          label
          confidence
          reason
          suggestedTags
          indicators {
            subnetIpsCount
            asnIpsCount
            ja4SharedIps
            botUaPercentage
            userAgentsCount
            asnLabel
          }
        }
      }
    }
  }
`);

const IpMlExampleQuery = graphql(`
  query IpMlExample($ip: IPAddress!, $window: TimeWindow) {
    ip(address: $ip, window: $window) {
      id
      address
      features(window: $window) {
        sessions
        features {
          feature
          value
        }
      }
      classifications(first: 1) {
        label
        tags
        analyst
        createdAt
      }
    }
  }
`);

/** Panel 5: correlation indicators, the recommendation, the analyst's decision and the ML export. */
/** The recommendation, and below it the decision form the page gives it (pre-filled from the recommendation). */
export function RecommendationPanel({
  ip,
  window,
  slice,
  form,
}: {
  ip: string;
  window: TimeWindow;
  slice: Slice<FragmentType<typeof RecommendationPanelFragment>>;
  form: (suggestion: { label: string; tags: string[] } | null) => ReactNode;
}) {
  const data = getFragmentData(RecommendationPanelFragment, slice.data);
  const [fetchExample, example] = useLazyQuery(IpMlExampleQuery, { fetchPolicy: 'network-only' });
  const rec = data?.ip?.investigation?.recommendation;

  const exportMl = async () => {
    const r = await fetchExample({ variables: { ip, window } });
    const x = r.data?.ip;
    if (!x) return;
    const latest = x.classifications[0];
    download(`ml-example-${ip.replace(/[:.]/g, '_')}.json`, {
      ip: x.address,
      label: latest?.label?.toLowerCase() ?? rec?.label ?? null,
      label_source: latest ? `analyst ${latest.analyst} at ${latest.createdAt}` : 'recommendation (not yet classified)',
      tags: latest?.tags ?? rec?.suggestedTags ?? [],
      sessions: x.features?.sessions ?? 0,
      features: Object.fromEntries((x.features?.features ?? []).map((f) => [f.feature, f.value])),
    });
  };

  return (
    <Panel
      title="Correlation summary and classification"
      {...sliceStates(slice)}
      actions={
        <button type="button" className="button" onClick={() => void exportMl()} disabled={example.loading}>
          {example.loading ? 'Exporting…' : 'Export ML JSON'}
        </button>
      }
    >
      {example.error && (
        <p role="alert" className="panel-error">
          Export failed: {example.error.message}
        </p>
      )}
      {rec && (
        <>
          <dl className="stats">
            <div>
              <dt>IPs in subnet</dt>
              <dd>{formatNumber(rec.indicators.subnetIpsCount)}</dd>
            </div>
            <div>
              <dt>IPs in AS</dt>
              <dd>{formatNumber(rec.indicators.asnIpsCount)}</dd>
            </div>
            <div>
              <dt>IPs sharing its JA4</dt>
              <dd>{formatNumber(rec.indicators.ja4SharedIps)}</dd>
            </div>
            <div>
              <dt>Bot User-Agents</dt>
              <dd>{formatPercent(rec.indicators.botUaPercentage / 100)}</dd>
            </div>
            <div>
              <dt>User agents</dt>
              <dd>{formatNumber(rec.indicators.userAgentsCount)}</dd>
            </div>
            <div>
              <dt>Network</dt>
              <dd>{rec.indicators.asnLabel || '—'}</dd>
            </div>
          </dl>
          <p className={`notice recommendation ${rec.label}`}>
            Recommendation: <strong>{rec.label}</strong> ({formatPercent(rec.confidence, 0)} confidence). {rec.reason}
            {rec.suggestedTags.length > 0 && <span className="small"> Suggested tags: {rec.suggestedTags.join(', ')}.</span>}
          </p>
        </>
      )}
      {data && !rec && <p className="muted">No traffic from this IP in this window: no recommendation.</p>}
      {form(rec ? { label: rec.label, tags: rec.suggestedTags } : null)}
    </Panel>
  );
}
