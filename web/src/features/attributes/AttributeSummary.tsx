import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { formatNumber, formatTime } from '../../lib/format';

export const AttributeSummaryFragment = graphql(`
  fragment AttributeSummary_view on AttributeView {
    count
    hits
    uniqueIps
    firstSeen
    lastSeen
    insights {
      kind
      severity
      message
    }
  }
`);

/** Headline figures and the auto-generated insights of an entity or attribute value. */
export function AttributeSummary({ view, countLabel }: { view: FragmentType<typeof AttributeSummaryFragment>; countLabel: string }) {
  const v = getFragmentData(AttributeSummaryFragment, view);
  return (
    <>
      <dl className="stats">
        <div>
          <dt>{countLabel}</dt>
          <dd>{formatNumber(v.count)}</dd>
        </div>
        <div>
          <dt>Unique IPs</dt>
          <dd>{formatNumber(v.uniqueIps)}</dd>
        </div>
        <div>
          <dt>First seen</dt>
          <dd>{formatTime(v.firstSeen)}</dd>
        </div>
        <div>
          <dt>Last seen</dt>
          <dd>{formatTime(v.lastSeen)}</dd>
        </div>
      </dl>
      {v.insights.length > 0 && (
        <ul className="insights" aria-label="Insights">
          {v.insights.map((i) => (
            <li key={i.kind} className={i.severity.toLowerCase()}>
              <strong>{i.severity}</strong> {i.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
