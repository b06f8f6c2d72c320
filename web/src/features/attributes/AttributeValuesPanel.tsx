import { Link } from 'react-router-dom';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { usePageQuery, type Slice } from '../../lib/page-query';
import type { AttributeSource, AttributeType, TimeWindow } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { sliceStates } from '../../components/panel-states';
import { EntityLink } from '../../components/EntityLink';
import { ValueTable } from '../../components/ValueTable';
import { truncate } from '../../lib/format';
import { ATTRIBUTE_LABELS, attributePath, ENTITY_OF } from './attribute-types';

export const AttributeValuesListFragment = graphql(`
  fragment AttributeValuesPanel_list on ValueCountList {
    totalCount
    items {
      value
      count
      uniqueIps
    }
  }
`);

const AttributeValuesQuery = graphql(`
  query AttributeValues($type: AttributeType!, $value: String!, $of: AttributeType!, $first: Int, $source: AttributeSource, $window: TimeWindow) {
    attribute(type: $type, value: $value, source: $source, window: $window) {
      count
      values(of: $of, first: $first) {
        ...AttributeValuesPanel_list
      }
    }
  }
`);

/** The panel on its own, for pages that ask for it alone. */
export function AttributeValuesPanel({
  type,
  value,
  of,
  title,
  first = 10,
  source = 'TRAFFIC',
  window,
}: {
  type: AttributeType;
  value: string;
  of: AttributeType;
  title: string;
  first?: number;
  source?: AttributeSource;
  window: TimeWindow;
}) {
  const page = usePageQuery(AttributeValuesQuery, { type, value, of, first, source, window });
  return (
    <AttributeValuesView of={of} title={title} source={source} list={page.data?.attribute?.values} total={page.data?.attribute?.count} slice={page.slice()} />
  );
}

/** The top values of one attribute seen with an entity (its IPs, JA4s, paths…), each linked to its own page. */
export function AttributeValuesView({
  of,
  title,
  source = 'TRAFFIC',
  list: ref,
  total,
  slice,
}: {
  of: AttributeType;
  title: string;
  source?: AttributeSource;
  list: FragmentType<typeof AttributeValuesListFragment> | null | undefined;
  /** The attribute's own count, the denominator of the shares. */
  total: number | undefined;
  slice: Slice<unknown>;
}) {
  const list = getFragmentData(AttributeValuesListFragment, ref);
  const entity = ENTITY_OF[of];
  const mono = of === 'JA4' || of === 'USER_AGENT' || of === 'CLIENT_HEADERS' || of === 'PATH' || of === 'QUERY_PARAM';
  return (
    <Panel
      title={list ? `${title} (${list.totalCount.toLocaleString('en')})` : title}
      {...sliceStates(slice)}
      empty={!!slice.data && (!list || list.items.length === 0)}
    >
      {list && list.items.length > 0 && (
        <ValueTable
          caption={title}
          valueHeader={ATTRIBUTE_LABELS[of]}
          mono={mono}
          total={total}
          countHeader={source === 'DETECTIONS' ? 'Detections' : 'Requests'}
          rows={list.items.map((i) => ({
            value: i.value,
            count: i.count,
            uniqueIps: of === 'IP' ? undefined : i.uniqueIps,
            cell: entity ? (
              <EntityLink type={entity} value={i.value} label={of === 'ASN' ? `AS${i.value}` : truncate(i.value, 150)} />
            ) : (
              <Link to={attributePath(of, i.value)}>{truncate(i.value || '(empty)', 150)}</Link>
            ),
          }))}
        />
      )}
    </Panel>
  );
}
