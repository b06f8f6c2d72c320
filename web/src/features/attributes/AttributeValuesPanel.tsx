import { Link } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AttributeSource, AttributeType, TimeWindow } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { EntityLink } from '../../components/EntityLink';
import { ValueTable } from '../../components/ValueTable';
import { truncate } from '../../lib/format';
import { ATTRIBUTE_LABELS, attributePath, ENTITY_OF } from './attribute-types';

const AttributeValuesQuery = graphql(`
  query AttributeValues($type: AttributeType!, $value: String!, $of: AttributeType!, $first: Int, $source: AttributeSource, $window: TimeWindow) {
    attribute(type: $type, value: $value, source: $source, window: $window) {
      count
      values(of: $of, first: $first) {
        totalCount
        items {
          value
          count
          uniqueIps
        }
      }
    }
  }
`);

/** The top values of one attribute seen with an entity (its IPs, JA4s, paths…), each linked to its own page. */
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
  const { data, loading, error, refetch } = useQuery(AttributeValuesQuery, { variables: { type, value, of, first, source, window } });
  const list = data?.attribute?.values;
  const entity = ENTITY_OF[of];
  const mono = of === 'JA4' || of === 'USER_AGENT' || of === 'CLIENT_HEADERS' || of === 'PATH' || of === 'QUERY_PARAM';
  return (
    <Panel
      title={list ? `${title} (${list.totalCount.toLocaleString('en')})` : title}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={!!data && (!list || list.items.length === 0)}
    >
      {list && list.items.length > 0 && (
        <ValueTable
          caption={title}
          valueHeader={ATTRIBUTE_LABELS[of]}
          mono={mono}
          total={data!.attribute!.count}
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
