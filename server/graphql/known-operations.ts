import { Kind, parse, type DocumentNode } from 'graphql';
import * as web from '../../web/src/gql/graphql.js';
import { exampleTabs } from './examples.js';

const namesIn = (doc: DocumentNode) => doc.definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : []));

/**
 * The operation names the product itself sends (web pages, REST routes, GraphiQL's examples): the
 * only ones that get a metric series of their own. A caller's names are its own to choose, so any
 * other is counted as `other`, and a flood of invented names cannot grow the metrics.
 */
export function knownOperations(rest: readonly (DocumentNode | undefined)[]): Set<string> {
  const docs = [
    ...Object.values(web).filter((d): d is DocumentNode => (d as DocumentNode | undefined)?.kind === Kind.DOCUMENT),
    ...rest.filter((d): d is DocumentNode => Boolean(d)),
    ...exampleTabs('/nonexistent').map((t) => parse(t.query)),
  ];
  return new Set(docs.flatMap(namesIn));
}
