import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { EntityType } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { formatTime } from '../../lib/format';

export const EntityClassificationsQuery = graphql(`
  query EntityClassifications($type: EntityType!, $value: String!) {
    entity(type: $type, value: $value, window: { preset: LAST_30D }) {
      key
      classifications(first: 10) {
        id
        label
        rawLabel
        tags
        comment
        analyst
        createdAt
      }
    }
  }
`);

/** Earlier decisions about this entity, newest first. */
export function ClassificationHistory({ type, value }: { type: EntityType; value: string }) {
  const { data, loading, error, refetch } = useQuery(EntityClassificationsQuery, { variables: { type, value } });
  const list = data?.entity?.classifications ?? [];
  return (
    <Panel
      title="Decisions recorded"
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={!!data && list.length === 0}
      emptyText="No analyst has classified it yet."
    >
      <ol className="history">
        {list.map((c) => (
          <li key={c.id}>
            <strong className={c.label?.toLowerCase()}>{(c.label ?? c.rawLabel).toLowerCase()}</strong> by {c.analyst} · {formatTime(c.createdAt)}
            {c.tags.length > 0 && <div className="small">{c.tags.join(', ')}</div>}
            {c.comment && <div className="small muted">“{c.comment}”</div>}
          </li>
        ))}
      </ol>
    </Panel>
  );
}
