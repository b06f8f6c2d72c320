import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { usePageQuery, type Slice } from '../../lib/page-query';
import type { AttributeSource, AttributeType, TimeWindow } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { sliceStates } from '../../components/panel-states';
import { EntityLink } from '../../components/EntityLink';
import { formatNumber, formatPercent, truncate } from '../../lib/format';
import { DataTable } from '../../components/DataTable';

export const ClassifiedUserAgentsFragment = graphql(`
  fragment ClassifiedUserAgentsPanel_query on Query {
    attribute(type: $attribute, value: $value, source: $source, window: $window) {
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

const ClassifiedUserAgentsQuery = graphql(`
  query ClassifiedUserAgents($attribute: AttributeType!, $value: String!, $source: AttributeSource, $window: TimeWindow) {
    ...ClassifiedUserAgentsPanel_query
  }
`);

/** The panel on its own, for pages that ask for it alone. */
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
  const page = usePageQuery(ClassifiedUserAgentsQuery, { attribute: type, value, source, window });
  return <ClassifiedUserAgentsView title={title} slice={page.slice(ClassifiedUserAgentsFragment)} />;
}

/** User agents with their classification (browser, bot, script, headless, unknown) and the share of requests not from a browser. */
export function ClassifiedUserAgentsView({
  title = 'User agents',
  slice,
}: {
  title?: string;
  slice: Slice<FragmentType<typeof ClassifiedUserAgentsFragment>>;
}) {
  const data = getFragmentData(ClassifiedUserAgentsFragment, slice.data);
  const a = data?.attribute;
  const uas = a?.userAgents ?? [];
  return (
    <Panel title={title} {...sliceStates(slice)} empty={!!data && uas.length === 0}>
      {uas.length > 0 && (
        <>
          <p>
            <strong>{formatPercent(a!.botShare)}</strong> of these requests carry a User-Agent that is not a recognised browser (bot, script, headless or
            unknown).
          </p>
          <DataTable
            compact
            caption={title}
            rows={uas}
            rowKey={(u) => u.value}
            columns={[
              {
                header: 'User-Agent',
                className: 'mono wrap',
                cell: (u) => <EntityLink type="USER_AGENT" value={u.value} label={truncate(u.value || '(empty)', 150)} />,
              },
              { header: 'Kind', cell: (u) => <span className={`badge ${u.category === 'BROWSER' ? 'ok' : 'error'}`}>{u.category.toLowerCase()}</span> },
              { header: 'Requests', num: true, cell: (u) => formatNumber(u.count) },
              { header: 'Share', num: true, cell: (u) => formatPercent(a!.count ? u.count / a!.count : 0) },
            ]}
          />
        </>
      )}
    </Panel>
  );
}
