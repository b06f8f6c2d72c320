import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import type { Context } from '../context.js';

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
  plugins: [RelayPlugin, DataloaderPlugin, DirectivesPlugin, FederationPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { description: 'Any entity by its global id (as returned in `id`).' },
    nodesQueryOptions: { description: 'Several entities by their global ids, in the order given; unknown ids give null.' },
  },
});

builder.queryType({ description: 'Entry points into the investigation graph.' });

export type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
