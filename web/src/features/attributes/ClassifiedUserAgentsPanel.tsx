import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AttributeSource, AttributeType, TimeWindow } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { EntityLink } from '../../components/EntityLink';
import { formatNumber, formatPercent, truncate } from '../../lib/format';

const ClassifiedUserAgentsQuery = graphql(`
  query ClassifiedUserAgents($type: AttributeType!, $value: String!, $source: AttributeSource, $window: TimeWindow) {
    attribute(type: $type, value: $value, source: $source, window: $window) {
      count
      botShare
      userAgents(first: 10) {
        value
        category
        count
        uniqueIps
      }
    }
  }
`);

/** User agents with their classification (browser, bot, script, headless, unknown) and the share of requests not from a browser. */
export function ClassifiedUserAgentsPanel({
  type,
  value,
  source = 'TRAFFIC',
  window,
  title = 'User agents',
}: {
  type: AttributeType;
  value: string;
  source?: AttributeSource;
  window: TimeWindow;
  title?: string;
}) {
  const { data, loading, error, refetch } = useQuery(ClassifiedUserAgentsQuery, { variables: { type, value, source, window } });
  const a = data?.attribute;
  const uas = a?.userAgents ?? [];
  return (
    <Panel title={title} loading={loading && !data} error={error} onRetry={() => void refetch()} empty={!!data && uas.length === 0}>
      {uas.length > 0 && (
        <>
          <p>
            <strong>{formatPercent(a!.botShare)}</strong> of these requests carry a User-Agent that is not a recognised browser (bot, script, headless or
            unknown).
          </p>
          <table className="table compact">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">User-Agent</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  Requests
                </th>
                <th scope="col" className="num">
                  Share
                </th>
              </tr>
            </thead>
            <tbody>
              {uas.map((u) => (
                <tr key={u.value}>
                  <td className="mono wrap">
                    <EntityLink type="USER_AGENT" value={u.value} label={truncate(u.value || '(empty)', 150)} />
                  </td>
                  <td>
                    <span className={`badge ${u.category === 'BROWSER' ? 'ok' : 'error'}`}>{u.category.toLowerCase()}</span>
                  </td>
                  <td className="num">{formatNumber(u.count)}</td>
                  <td className="num">{formatPercent(a!.count ? u.count / a!.count : 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Panel>
  );
}
