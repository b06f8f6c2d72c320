import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import possibleTypes from '../gql/possible-types';

/** Objects without an id live inside their parent: merge what different queries fetched of them. */
const EMBEDDED = [
  'Investigation', 'Recommendation', 'CorrelationIndicators', 'Reputation', 'JA4Population', 'JA4Sections', 'DetectionMetrics', 'Traffic',
  'BruteForce', 'FingerprintCoherence', 'Evasion', 'Recurrence', 'FeatureProfile', 'AttributeView', 'DetectionFeatures', 'SessionStats',
  'ClusteringStatus', 'AuditStats', 'ClassificationStats', 'Health',
];

export function createApolloClient(uri = '/graphql') {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      possibleTypes: possibleTypes.possibleTypes,
      typePolicies: Object.fromEntries(EMBEDDED.map((t) => [t, { merge: true }])),
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
