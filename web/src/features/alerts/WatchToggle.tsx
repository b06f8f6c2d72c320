import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import { getFragmentData, type FragmentType } from '../../gql';
import type { EntityType, WatchRuleInput } from '../../gql/graphql';
import type { EntityRef } from '../../lib/entities';
import { CreateWatchMutation, DeleteWatchMutation, EntityWatchesQuery, WatchesQuery, WatchInvestigationMutation, WatchToggleFragment } from './queries';

/** What "Watch" sets up on each kind: the rules an analyst wants first (changed later in GraphQL or REST). */
const DEFAULT_RULES: Partial<Record<EntityType, WatchRuleInput[]>> = {
  IP: [
    { kind: 'NEW_NEIGHBOURS', neighbour: 'JA4' },
    { kind: 'DETECTIONS', level: 'HIGH' },
    { kind: 'RETURNS_AFTER_SILENCE', days: 7 },
  ],
  JA4: [
    { kind: 'NEW_NEIGHBOURS', neighbour: 'IP' },
    { kind: 'RETURNS_AFTER_SILENCE', days: 7 },
  ],
  ASN: [
    { kind: 'NEW_NEIGHBOURS', neighbour: 'HOST' },
    { kind: 'DETECTIONS', level: 'HIGH' },
  ],
  HOST: [
    { kind: 'NEW_NEIGHBOURS', neighbour: 'JA4' },
    { kind: 'DETECTIONS', level: 'HIGH' },
  ],
  COUNTRY: [{ kind: 'DETECTIONS', level: 'CRITICAL' }],
  USER_AGENT: [
    { kind: 'NEW_NEIGHBOURS', neighbour: 'IP' },
    { kind: 'RETURNS_AFTER_SILENCE', days: 7 },
  ],
  SUBNET: [
    { kind: 'RETURNS_AFTER_SILENCE', days: 7 },
    { kind: 'DETECTIONS', level: 'HIGH' },
  ],
  CAMPAIGN: [{ kind: 'DETECTIONS', level: 'HIGH' }],
};

/**
 * Watch or stop watching an entity: beside it wherever it is shown. Its watches arrive with the
 * page's one query (`WatchToggle_query`); after a change it asks for them again itself.
 */
export function WatchToggle({ entity, query, fetchOwn = false }: { entity: EntityRef; query?: FragmentType<typeof WatchToggleFragment>; fetchOwn?: boolean }) {
  const rules = DEFAULT_RULES[entity.type];
  const variables = { entity: { type: entity.type, value: entity.key } };
  const fromPage = getFragmentData(WatchToggleFragment, query);
  // where no page query carries them (the explorer's selection), it asks for them itself
  const own = useQuery(EntityWatchesQuery, { variables, skip: !rules || !fetchOwn });
  const [reload, reloaded] = useLazyQuery(EntityWatchesQuery, { fetchPolicy: 'network-only' });
  const data = reloaded.data ?? (fetchOwn ? own.data : fromPage);
  const refetch = () => reload({ variables });
  const [create, creating] = useMutation(CreateWatchMutation);
  const [remove, removing] = useMutation(DeleteWatchMutation);
  if (!rules) return null;
  const watches = data?.watches.items ?? [];
  const mine = watches.filter((w) => w.canEdit);
  // not before the current watches are known: a click racing the first answer would be undone by it
  const busy = creating.loading || removing.loading || !data;
  const error = creating.error ?? removing.error;
  const title = watches.length
    ? watches.map((w) => `${w.name} (${w.owner}): ${w.rules.map((r) => r.text).join('; ')}`).join('\n')
    : rules.map((r) => r.kind).join(', ');
  return (
    <>
      {mine.length ? (
        <button
          type="button"
          className="button"
          aria-pressed="true"
          title={title}
          disabled={busy}
          onClick={() =>
            void Promise.all(mine.map((w) => remove({ variables: { id: w.id } })))
              .then(() => refetch())
              .catch(() => {})
          }
        >
          ★ Watching · stop
        </button>
      ) : (
        <button
          type="button"
          className="button"
          aria-pressed="false"
          title={title}
          disabled={busy}
          onClick={() =>
            void create({ variables: { input: { entity: variables.entity, rules } } })
              .then(() => refetch())
              .catch(() => {})
          }
        >
          ☆ Watch{watches.length ? ` (${watches.length} by the team)` : ''}
        </button>
      )}
      {error && (
        <span role="alert" className="error">
          {error.message}
        </span>
      )}
    </>
  );
}

/** Watch a saved investigation: every entity it holds, as it changes, shared with the team. */
export function WatchInvestigationButton({ id, name }: { id: string; name: string }) {
  const { data, refetch } = useQuery(WatchesQuery);
  const [watch, watching] = useMutation(WatchInvestigationMutation);
  if (!data) return null;
  if (data.watches.items.some((w) => w.investigationId === id)) return <span className="muted">★ Investigation watched</span>;
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={watching.loading}
        onClick={() =>
          void watch({ variables: { id, name: `Investigation: ${name}` } })
            .then(() => refetch())
            .catch(() => {})
        }
      >
        ☆ Watch this investigation
      </button>
      {watching.error && (
        <span role="alert" className="error">
          {watching.error.message}
        </span>
      )}
    </>
  );
}
