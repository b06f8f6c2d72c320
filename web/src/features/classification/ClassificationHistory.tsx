import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { usePageQuery, type Slice } from '../../lib/page-query';
import type { EntityType } from '../../gql/graphql';
import { Panel } from '../../components/Panel';
import { sliceStates } from '../../components/panel-states';
import { formatTime } from '../../lib/format';

export const ClassificationHistoryFragment = graphql(`
  fragment ClassificationHistory_query on Query {
    decisions: entity(type: $type, value: $value, window: { preset: LAST_30D }) {
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

export const EntityClassificationsQuery = graphql(`
  query EntityClassifications($type: EntityType!, $value: String!) {
    ...ClassificationHistory_query
  }
`);

/** The panel on its own, for pages that ask for it alone. */
export function ClassificationHistory({ type, value }: { type: EntityType; value: string }) {
  const page = usePageQuery(EntityClassificationsQuery, { type, value });
  return <ClassificationHistoryView slice={page.slice(ClassificationHistoryFragment)} />;
}

/** The decisions recorded about an entity, newest first (the form shows the first). */
export const latestDecision = (slice: Slice<FragmentType<typeof ClassificationHistoryFragment>>) =>
  getFragmentData(ClassificationHistoryFragment, slice.data)?.decisions?.classifications[0];

/** Earlier decisions about this entity, newest first. */
export function ClassificationHistoryView({ slice }: { slice: Slice<FragmentType<typeof ClassificationHistoryFragment>> }) {
  const data = getFragmentData(ClassificationHistoryFragment, slice.data);
  const list = data?.decisions?.classifications ?? [];
  return (
    <Panel title="Decisions recorded" {...sliceStates(slice)} empty={!!data && list.length === 0} emptyText="No analyst has classified it yet.">
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
