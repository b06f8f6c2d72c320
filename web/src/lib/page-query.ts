import { CombinedGraphQLErrors, type ErrorLike, type OperationVariables, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** What a panel gets of its page's one query: the data its fragment reads, and its own state. */
export interface Slice<T> {
  data: T | undefined;
  loading: boolean;
  error: { message: string } | undefined;
  retry: () => void;
}

/**
 * One request for a page: its query spreads each panel's fragment, the server batches the panels'
 * loaders together, and each panel still shows only its own error (the answer's partial data
 * renders the others).
 */
export function usePageQuery<TData, TVars extends OperationVariables>(document: TypedDocumentNode<TData, TVars>, variables: TVars, skip = false) {
  const q = useQuery(document, { variables, skip, errorPolicy: 'all' } as never) as unknown as {
    data: TData | undefined;
    loading: boolean;
    error?: ErrorLike;
    refetch: () => Promise<unknown>;
  };
  return {
    data: q.data,
    error: q.error,
    /** A panel's part of the answer: the errors inside `fragment`, or every error when it names none. */
    slice: (fragment?: DocumentNode): Slice<TData> => ({
      data: q.data,
      loading: q.loading && !q.data,
      error: fragment ? errorWithin(q.error, fragment) : q.error,
      retry: () => void q.refetch(),
    }),
  };
}

/**
 * The first error of an answer that falls inside a fragment: a GraphQL error whose path the
 * fragment selects, or an error of the whole request (no path, or the network).
 */
export function errorWithin(error: ErrorLike | undefined, fragment: DocumentNode): { message: string } | undefined {
  if (!error) return undefined;
  if (!CombinedGraphQLErrors.is(error)) return error;
  const fragments = new Map(
    fragment.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d] as const),
  );
  const own = fragment.definitions.find((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  const found = error.errors.find((e) => !e.path?.length || (own && selects(own.selectionSet, e.path, fragments)));
  return found && { message: found.message };
}

function selects(set: SelectionSetNode, path: readonly (string | number)[], fragments: Map<string, FragmentDefinitionNode>): boolean {
  const [head, ...rest] = path;
  if (head === undefined) return true;
  if (typeof head === 'number') return selects(set, rest, fragments);
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return (s.alias ?? s.name).value === head && (!s.selectionSet || selects(s.selectionSet, rest, fragments));
    if (s.kind === Kind.INLINE_FRAGMENT) return selects(s.selectionSet, path, fragments);
    const spread = fragments.get(s.name.value);
    // a fragment this document does not carry: its errors may be ours
    return spread ? selects(spread.selectionSet, path, fragments) : true;
  });
}

/**
 * The server's message when it refused the request's input (BAD_USER_INPUT): then the page has
 * nothing to show but that message, once.
 */
export function badInputOf(error: ErrorLike | undefined): string | null {
  if (!error || !CombinedGraphQLErrors.is(error)) return null;
  return error.errors.find((e) => e.extensions?.code === 'BAD_USER_INPUT')?.message ?? null;
}
