import { lexicographicSortSchema, type GraphQLSchema } from 'graphql';
import { builder } from './schema/builder.js';
import './schema/scalars.js';
import './modules/system/system.schema.js';
import './graph/entity.schema.js';
import './graph/neighbors.schema.js';
import './graph/connections.schema.js';
import './graph/link-activity.schema.js';
import './graph/links-among.schema.js';
import './graph/layer/window.schema.js';
import './modules/ip/ip.schema.js';
import './modules/ip/ip.extends.js';
import './modules/ja4/ja4.schema.js';
import './modules/ja4/ja4.extends.js';
import './modules/asn/asn.schema.js';
import './modules/asn/asn.extends.js';
import './modules/host/host.schema.js';
import './modules/host/host.extends.js';
import './modules/country/country.schema.js';
import './modules/country/country.extends.js';
import './modules/user-agent/user-agent.schema.js';
import './modules/user-agent/user-agent.extends.js';
import './modules/subnet/subnet.schema.js';
import './modules/subnet/subnet.extends.js';
import './modules/campaign/campaign.schema.js';
import './modules/campaign/campaign.extends.js';
import './modules/detection/detection.schema.js';
import './modules/detection/detection.extends.js';
import './modules/detection/detection-groups.schema.js';
import './modules/cluster/cluster.schema.js';
import './modules/cluster/cluster.extends.js';
import './modules/search/search.schema.js';
import './modules/metrics/metrics.schema.js';
import './modules/brute-force/brute-force.schema.js';
import './modules/traffic/traffic.schema.js';
import './modules/botnet/botnet.schema.js';
import './modules/botnet/botnet.extends.js';
import './modules/rotation/rotation.schema.js';
import './modules/rotation/rotation.extends.js';
import './modules/tcp-spoofing/tcp-spoofing.schema.js';
import './modules/headers/headers.schema.js';
import './modules/features/features.schema.js';
import './modules/features/features.extends.js';
import './modules/sessions/sessions.schema.js';
import './modules/attribute/attribute.schema.js';
import './modules/tls/tls.schema.js';
import './modules/tls/evasion.schema.js';
import './modules/tls/tls.extends.js';
import './modules/classification/classification.schema.js';
import './modules/hunt/hunt.schema.js';
import './modules/classification/ml-export.schema.js';
import './modules/classification/classification.extends.js';
import './modules/audit/audit.schema.js';
import './modules/risk/risk.schema.js';
import './modules/risk/population.schema.js';
import './modules/risk/riskiest.schema.js';
import './modules/risk/risk.extends.js';
import './modules/saved-investigation/saved-investigation.schema.js';
import './modules/saved-investigation/saved-investigation.mutations.js';
import './modules/saved-investigation/saved-investigation.extends.js';
import './modules/watch/watch.schema.js';
import './modules/watch/watch.extends.js';
import './modules/alert/alert.schema.js';
import './modules/webhook/webhook.schema.js';
import './modules/export/export.schema.js';
import './modules/export/export.extends.js';
import './modules/taxii/taxii.extends.js';
import './modules/incident/incident.schema.js';
import './modules/reputation/reputation.schema.js';
import './modules/reputation/reputation.extends.js';
import { documentWindows } from './graph/window.docs.js';

export function buildSchema() {
  return priceEntities(
    documentWindows(builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6', federationDirectives: ['@key', '@shareable'] })),
  );
}

/** The federation plugin's `_entities` has no field options: each representation is a keyed read, batched per kind. */
function priceEntities(schema: GraphQLSchema): GraphQLSchema {
  const entities = schema.getQueryType()?.getFields()._entities;
  if (entities) entities.extensions = { ...entities.extensions, costPerKey: 0.5 };
  return schema;
}

export function printableSchema() {
  return lexicographicSortSchema(buildSchema());
}
