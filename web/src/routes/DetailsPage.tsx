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
import { ATTRIBUTE_LABELS, ATTRIBUTE_PLURALS, ENTITY_OF, URL_TYPES } from '../features/attributes/attribute-types';
import { entityLabel, graphPath } from '../lib/entities';
import { useWindow } from '../lib/window';
import { NotFoundPage } from './NotFoundPage';
import { InvalidEntity } from '../components/InvalidEntity';
import { keyProblem } from '../lib/address';
import { badInputOf } from '../lib/page-query';
import { EntityViews } from '../features/attributes/EntityViews';
import { panelStates } from '../components/panel-states';

const DetailsViewQuery = graphql(`
  query DetailsView($type: AttributeType!, $value: String!, $window: TimeWindow) {
    attribute(type: $type, value: $value, source: DETECTIONS, window: $window) {
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

const VARIABILITY: AttributeType[] = ['JA4', 'COUNTRY', 'ASN', 'HOST', 'IP'];

/** `/detections/:type/:value`: what the detections of one IP, JA4, country, AS, host or user agent have in common. */
export function DetailsPage() {
  const params = useParams();
  const type = URL_TYPES[params.type ?? ''];
  const value = params['*'] ?? '';
  const { window, preset, setWindow } = useWindow('LAST_7D');
  const invalid = type ? keyProblem(type, value) : null;
  const query = useQuery(DetailsViewQuery, {
    variables: { type: type ?? 'IP', value, window },
    skip: !type || !value || invalid !== null,
  });
  const { data, error } = query;
  if (!type || !value) return <NotFoundPage />;
  if (invalid) return <InvalidEntity value={value} {...invalid} />;
  const refused = badInputOf(error);
  if (refused) return <InvalidEntity value={value} message={refused} />;

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
            {ATTRIBUTE_LABELS[type]} <span className={type === 'JA4' || type === 'USER_AGENT' ? 'mono' : undefined}>{label}</span>
            {name && <span className="muted"> · {name}</span>}
          </>
        }
        crumbs={[{ label: 'Dashboard', to: '/' }, { label: 'Detections', to: '/detections' }, { label: `${ATTRIBUTE_LABELS[type]} ${label}` }]}
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
        title="Detections"
        {...panelStates(query)}
        empty={!!data && !data.attribute}
        emptyText={`No detection for this ${ATTRIBUTE_LABELS[type]} in this window.`}
      >
        {data?.attribute && <AttributeSummary view={data.attribute} countLabel="Detections" />}
      </Panel>

      <h2 className="section-title">Attribute variability</h2>
      <div className="grid two">
        {type !== 'USER_AGENT' && <ClassifiedUserAgentsPanel type={type} value={value} source="DETECTIONS" window={window} />}
        {VARIABILITY.filter((t) => t !== type).map((of) => (
          <AttributeValuesPanel
            key={of}
            type={type}
            value={value}
            of={of}
            source="DETECTIONS"
            window={window}
            first={of === 'IP' ? 20 : 10}
            title={of === 'IP' ? 'Associated IPs' : ATTRIBUTE_PLURALS[of]}
          />
        ))}
      </div>
    </>
  );
}
