import { Link, useParams } from 'react-router-dom';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { AttributeType } from '../gql/graphql';
import { PageHeader } from '../components/PageHeader';
import { Panel } from '../components/Panel';
import { WindowSelect } from '../components/WindowSelect';
import { GraphIcon } from '../components/EntityLink';
import { AttributeSummary } from '../features/attributes/AttributeSummary';
import { AttributeValuesPanel } from '../features/attributes/AttributeValuesPanel';
import { ClassifiedUserAgentsPanel } from '../features/attributes/ClassifiedUserAgentsPanel';
import { ATTRIBUTE_LABELS, ENTITY_OF, URL_TYPES } from '../features/attributes/attribute-types';
import { ClassificationForm } from '../features/classification/ClassificationForm';
import { ClassificationHistory } from '../features/classification/ClassificationHistory';
import { entityLabel, graphPath } from '../lib/entities';
import { useWindow } from '../lib/window';
import { isIpAddress, isJa4 } from '../lib/address';
import { InvalidEntity } from '../components/InvalidEntity';
import { NotFoundPage } from './NotFoundPage';
import { EntityViews } from '../features/attributes/EntityViews';

const EntityViewQuery = graphql(`
  query EntityView($type: AttributeType!, $value: String!, $window: TimeWindow) {
    attribute(type: $type, value: $value, window: $window) {
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

/** The eight panels of the legacy entity investigation, in its order: what else was seen with this value. */
const PANELS: { of: AttributeType; title: string; first: number }[] = [
  { of: 'IP', title: 'Associated IPs', first: 20 },
  { of: 'JA4', title: 'JA4 fingerprints', first: 10 },
  { of: 'CLIENT_HEADERS', title: 'Client headers', first: 10 },
  { of: 'HOST', title: 'Targeted hosts', first: 15 },
  { of: 'PATH', title: 'Paths', first: 15 },
  { of: 'QUERY_PARAM', title: 'Query parameters', first: 15 },
  { of: 'ASN', title: 'ASNs', first: 10 },
  { of: 'COUNTRY', title: 'Countries', first: 10 },
];

/** `/entities/:type/:value`: any IP, JA4, user agent, header layout, host, path, query parameter set, subnet, AS or country. */
export function EntityPage() {
  const params = useParams();
  const type = Object.hasOwn(URL_TYPES, params.type ?? '') ? URL_TYPES[params.type!] : undefined;
  const value = params['*'] ?? '';
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const invalid = type === 'IP' ? !isIpAddress(value) : type === 'JA4' ? !isJa4(value) : false;
  const { data, loading, error, refetch } = useQuery(EntityViewQuery, { variables: { type: type ?? 'IP', value, window }, skip: !type || !value || invalid });
  if (!type || !value) return <NotFoundPage />;
  if (invalid)
    return (
      <InvalidEntity
        kind={type === 'IP' ? 'an IP address' : 'a JA4 fingerprint'}
        value={value}
        example={type === 'IP' ? '203.0.113.7 or 2001:db8::1' : 't13d1516h2_8daaf6152771_02713d6af862'}
      />
    );
  const entity = ENTITY_OF[type];
  const label = entity ? entityLabel({ type: entity, key: value }) : value;
  // an AS by its organisation, a country by its name
  const named = data?.attribute?.entity;
  const name = named && 'name' in named ? named.name : null;

  return (
    <>
      <PageHeader
        title={
          <>
            {ATTRIBUTE_LABELS[type]} <span className="mono">{label}</span>
            {name && <span className="muted"> · {name}</span>}
          </>
        }
        crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Entities' }, { label: `${ATTRIBUTE_LABELS[type]} ${label}` }]}
      >
        <WindowSelect value={preset} onChange={setWindow} />
        {entity && (
          <Link className="button" to={graphPath({ type: entity, key: value })}>
            <GraphIcon /> Open in graph
          </Link>
        )}
      </PageHeader>

      <EntityViews type={type} value={value} />
      <Panel
        title="Activity"
        loading={loading && !data}
        error={error}
        onRetry={() => void refetch()}
        empty={!!data && !data.attribute}
        emptyText="No traffic with this value in this window."
      >
        {data?.attribute && <AttributeSummary view={data.attribute} countLabel="Requests" />}
      </Panel>

      <div className="grid two">
        {PANELS.filter((p) => p.of !== type)
          .slice(0, 2)
          .map((p) => (
            <AttributeValuesPanel key={p.of} type={type} value={value} of={p.of} title={p.title} first={p.first} window={window} />
          ))}
        {type !== 'USER_AGENT' && <ClassifiedUserAgentsPanel type={type} value={value} window={window} />}
        {PANELS.filter((p) => p.of !== type)
          .slice(2)
          .map((p) => (
            <AttributeValuesPanel key={p.of} type={type} value={value} of={p.of} title={p.title} first={p.first} window={window} />
          ))}
      </div>

      {entity && (
        <div className="grid two">
          <Panel title="Classify">
            <ClassificationForm type={entity} value={value} />
          </Panel>
          <ClassificationHistory type={entity} value={value} />
        </div>
      )}
    </>
  );
}
