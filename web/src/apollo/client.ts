import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { BatchHttpLink } from '@apollo/client/link/batch-http';
import possibleTypes from '../gql/possible-types';

/** Objects without an id live inside their parent: merge what different queries fetched of them. */
const EMBEDDED = [
  'RiskAssessment',
  'Recommendation',
  'CorrelationIndicators',
  'Reputation',
  'JA4Population',
  'JA4Sections',
  'DetectionMetrics',
  'Traffic',
  'BruteForce',
  'FingerprintCoherence',
  'Evasion',
  'Recurrence',
  'FeatureProfile',
  'AttributeView',
  'DetectionFeatures',
  'SessionStats',
  'ClusteringStatus',
  'AuditStats',
  'ClassificationStats',
  'Health',
];

/** Operations a page starts together travel as one request (the server's MAX_BATCH, 12 by default). */
const BATCH = {
  batchMax: 12,
  batchInterval: 15,
  // an operation can ask to travel apart (`context: { batchKey }`): large payloads that together would pass the body limit
  batchKey: (op: { getContext: () => Record<string, unknown> }) => String(op.getContext().batchKey ?? 'page'),
};

/**
 * Where the server signs analysts in through the identity provider, a request it turns away for want
 * of a session says where to go (`X-Sign-In`): the page goes there and comes back where it was.
 */
const signInFetch: typeof fetch = async (input, init) => {
  const res = await fetch(input, init);
  const signIn = res.status === 401 ? res.headers.get('x-sign-in') : null;
  if (signIn?.startsWith('/')) window.location.assign(`${signIn}?return=${encodeURIComponent(window.location.pathname + window.location.search)}`);
  return res;
};

/**
 * `batch: false` sends one request per operation: component tests answer operations by name, and
 * msw's GraphQL handlers do not read batches.
 */
export function createApolloClient(uri = '/graphql', { batch = true }: { batch?: boolean } = {}) {
  return new ApolloClient({
    link: batch ? new BatchHttpLink({ uri, fetch: signInFetch, ...BATCH }) : new HttpLink({ uri }),
    cache: new InMemoryCache({
      possibleTypes: possibleTypes.possibleTypes,
      typePolicies: Object.fromEntries(EMBEDDED.map((t) => [t, { merge: true }])),
    }),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
