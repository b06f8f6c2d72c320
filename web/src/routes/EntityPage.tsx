import { Link, useParams } from 'react-router-dom';
import { graphql, getFragmentData } from '../gql';
import { PageHeader } from '../components/PageHeader';
import { WatchToggle } from '../features/alerts/WatchToggle';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { GraphIcon } from '../components/EntityLink';
import { AttributeSummary } from '../features/attributes/AttributeSummary';
import { AttributeValuesView } from '../features/attributes/AttributeValuesPanel';
import { ClassifiedUserAgentsFragment, ClassifiedUserAgentsView } from '../features/attributes/ClassifiedUserAgentsPanel';
import { ATTRIBUTE_LABELS, ENTITY_OF, URL_TYPES } from '../features/attributes/attribute-types';
import { ClassificationForm, ClassifyButton } from '../features/classification/ClassificationForm';
import { VerdictBadge, verdictOf } from '../components/VerdictBadge';
import { ClassificationHistoryFragment, ClassificationHistoryView } from '../features/classification/ClassificationHistory';
import { badInputOf, usePageQuery } from '../lib/page-query';
import { entityLabel, graphPath } from '../lib/entities';
import { useWindow } from '../lib/window';
import { keyProblem } from '../lib/address';
import { InvalidEntity } from '../components/InvalidEntity';
import { NotFoundPage } from './NotFoundPage';
import { EntityViews } from '../features/attributes/EntityViews';

const ActivityFragment = graphql(`
  fragment EntityActivity_query on Query {
    summary: attribute(type: $attribute, value: $value, window: $window) {
      value
      ...AttributeSummary_view
      entity {
        ... on ASN {
          id
          name
        }
        ... on Country {
          id
          name
        }
      }
    }
  }
`);

/** The eight panels of the legacy entity investigation, in its order: what else was seen with this value (not the value's own kind). */
const RelatedFragment = graphql(`
  fragment EntityRelated_query on Query {
    related: attribute(type: $attribute, value: $value, source: $source, window: $window) {
      count
      IP: values(of: IP, first: 20) @skip(if: $isIp) {
        ...AttributeValuesPanel_list
      }
      JA4: values(of: JA4, first: 10) @skip(if: $isJa4) {
        ...AttributeValuesPanel_list
      }
      CLIENT_HEADERS: values(of: CLIENT_HEADERS, first: 10) @skip(if: $isClientHeaders) {
        ...AttributeValuesPanel_list
      }
      HOST: values(of: HOST, first: 15) @skip(if: $isHost) {
        ...AttributeValuesPanel_list
      }
      PATH: values(of: PATH, first: 15) @skip(if: $isPath) {
        ...AttributeValuesPanel_list
      }
      QUERY_PARAM: values(of: QUERY_PARAM, first: 15) @skip(if: $isQueryParam) {
        ...AttributeValuesPanel_list
      }
      ASN: values(of: ASN, first: 10) @skip(if: $isAsn) {
        ...AttributeValuesPanel_list
      }
      COUNTRY: values(of: COUNTRY, first: 10) @skip(if: $isCountry) {
        ...AttributeValuesPanel_list
      }
    }
  }
`);

/** The page's one request: every panel's fragment. */
const EntityPageQuery = graphql(`
  query EntityPage(
    $attribute: AttributeType!
    $value: String!
    $window: TimeWindow
    $source: AttributeSource
    $type: EntityType!
    $classified: Boolean!
    $withUserAgents: Boolean!
    $isIp: Boolean!
    $isJa4: Boolean!
    $isClientHeaders: Boolean!
    $isHost: Boolean!
    $isPath: Boolean!
    $isQueryParam: Boolean!
    $isAsn: Boolean!
    $isCountry: Boolean!
  ) {
    ...EntityActivity_query
    ...EntityRelated_query
    ...ClassifiedUserAgentsPanel_query @include(if: $withUserAgents)
    ...ClassificationHistory_query @include(if: $classified)
    ...WatchToggle_query @include(if: $classified)
  }
`);

const PANELS: { of: RelatedKind; title: string }[] = [
  { of: 'IP', title: 'Associated IPs' },
  { of: 'JA4', title: 'JA4 fingerprints' },
  { of: 'CLIENT_HEADERS', title: 'Client headers' },
  { of: 'HOST', title: 'Targeted hosts' },
  { of: 'PATH', title: 'Paths' },
  { of: 'QUERY_PARAM', title: 'Query parameters' },
  { of: 'ASN', title: 'ASNs' },
  { of: 'COUNTRY', title: 'Countries' },
];
type RelatedKind = 'IP' | 'JA4' | 'CLIENT_HEADERS' | 'HOST' | 'PATH' | 'QUERY_PARAM' | 'ASN' | 'COUNTRY';

/** `/entities/:type/:value`: any IP, JA4, user agent, header layout, host, path, query parameter set, subnet, AS or country. */
export function EntityPage() {
  const params = useParams();
  const type = Object.hasOwn(URL_TYPES, params.type ?? '') ? URL_TYPES[params.type!] : undefined;
  const value = params['*'] ?? '';
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const invalid = type ? keyProblem(type, value) : null;
  const entity = type ? ENTITY_OF[type] : undefined;
  const page = usePageQuery(
    EntityPageQuery,
    {
      attribute: type ?? 'IP',
      value,
      window,
      source: 'TRAFFIC',
      type: entity ?? 'IP',
      classified: !!entity,
      withUserAgents: type !== 'USER_AGENT',
      isIp: type === 'IP',
      isJa4: type === 'JA4',
      isClientHeaders: type === 'CLIENT_HEADERS',
      isHost: type === 'HOST',
      isPath: type === 'PATH',
      isQueryParam: type === 'QUERY_PARAM',
      isAsn: type === 'ASN',
      isCountry: type === 'COUNTRY',
    },
    !type || !value || invalid !== null,
  );
  if (!type || !value) return <NotFoundPage />;
  if (invalid) return <InvalidEntity value={value} {...invalid} />;
  const refused = badInputOf(page.error);
  if (refused) return <InvalidEntity value={value} message={refused} />;
  const activity = page.slice(ActivityFragment);
  const summary = getFragmentData(ActivityFragment, page.data)?.summary;
  const relatedSlice = page.slice(RelatedFragment);
  const related = getFragmentData(RelatedFragment, page.data)?.related;
  const history = page.slice(ClassificationHistoryFragment);
  const relatedPanel = (p: (typeof PANELS)[number]) => (
    <AttributeValuesView key={p.of} of={p.of} title={p.title} list={related?.[p.of]} total={related?.count} slice={relatedSlice} />
  );
  const label = entity ? entityLabel({ type: entity, key: value }) : value;
  // an AS by its organisation, a country by its name
  const named = summary?.entity;
  const name = named && 'name' in named ? named.name : null;

  return (
    <>
      <PageHeader
        title={
          <>
            {ATTRIBUTE_LABELS[type]} <span className="mono">{label}</span>
            {name && <span className="muted"> · {name}</span>}{' '}
            <VerdictBadge verdict={verdictOf(getFragmentData(ClassificationHistoryFragment, history.data)?.decisions)} long />
          </>
        }
        crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Entities' }, { label: `${ATTRIBUTE_LABELS[type]} ${label}` }]}
      >
        <WindowSelect value={preset} onChange={setWindow} />
        {entity && <ClassifyButton />}
        {entity && <WatchToggle entity={{ type: entity, key: value }} query={page.data} />}
        {entity && (
          <Link className="button" to={graphPath({ type: entity, key: value })}>
            <GraphIcon /> Open in graph
          </Link>
        )}
      </PageHeader>

      <EntityViews type={type} value={value} />
      <Panel
        title="Activity"
        loading={activity.loading}
        error={activity.error}
        onRetry={activity.retry}
        empty={!!page.data && !summary}
        emptyText="No traffic with this value in this window."
      >
        {summary && <AttributeSummary view={summary} countLabel="Requests" />}
      </Panel>

      <div className="grid two">
        {PANELS.filter((p) => p.of !== type)
          .slice(0, 2)
          .map(relatedPanel)}
        {type !== 'USER_AGENT' && <ClassifiedUserAgentsView slice={page.slice(ClassifiedUserAgentsFragment)} />}
        {PANELS.filter((p) => p.of !== type)
          .slice(2)
          .map(relatedPanel)}
      </div>

      {entity && (
        <div className="grid two">
          <Panel title="Classify">
            <ClassificationForm type={entity} value={value} history={history} />
          </Panel>
          <ClassificationHistoryView slice={history} />
        </div>
      )}
    </>
  );
}
