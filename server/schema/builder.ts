import SchemaBuilder from '@pothos/core';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { badInput } from './errors.js';
import RelayPlugin from '@pothos/plugin-relay';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import type { Context } from './context-shape.js';

export type Scalars = {
  DateTime: { Input: Date; Output: Date | string };
  JSON: { Input: unknown; Output: unknown };
  IPAddress: { Input: string; Output: string };
};

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: Scalars;
  DefaultFieldNullability: false;
}>({
  plugins: [RelayPlugin, DirectivesPlugin, FederationPlugin],
  defaultFieldNullability: false,
  relay: {
    // an id that is not one of ours is the caller's mistake, not a server error
    decodeGlobalID: (id) => {
      try {
        return decodeGlobalID(id);
      } catch {
        throw badInput(`"${id.length > 64 ? `${id.slice(0, 64)}…` : id}" is not an id this API gave out`);
      }
    },
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { description: 'Any entity by its global id (as returned in `id`).', args: { id: { description: 'A global id.' } } },
    nodesQueryOptions: {
      description: 'Several entities by their global ids, in the order given; unknown ids give null.',
      // one batched read per kind for all the ids
      extensions: { costPerKey: 0.5 },
      args: { ids: { description: 'Global ids.' } },
    },
    nodeTypeOptions: { description: 'Anything with a global id, resolvable through `node`.' },
    idFieldOptions: { description: 'Global id: stable, opaque, usable with `node` and in shared links.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its list.' },
    hasNextPageFieldOptions: { description: 'More items after this page.' },
    hasPreviousPageFieldOptions: { description: 'Items before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item.' },
    endCursorFieldOptions: { description: 'Cursor of the last item: pass it as `after` for the next page.' },
    edgesFieldOptions: { description: 'The items of this page, with their link data.' },
    pageInfoFieldOptions: { description: 'Paging state.' },
    cursorFieldOptions: { description: 'Opaque position of this item.' },
    nodeFieldOptions: { description: 'The item.' },
  },
});

builder.queryType({ description: 'Entry points into the investigation graph.' });
builder.mutationType({ description: 'Analyst decisions; every attempt is audited.' });
builder.subscriptionType({ description: 'Live events over server-sent events (`Accept: text/event-stream`).' });

export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
