import type { ObjectFieldsShape } from '@pothos/core';
import type { Context } from '../context.js';
import { builder, type Types } from '../schema/builder.js';
import { badInput } from '../schema/errors.js';
import { presetWindow, DEFAULT_PRESET, TimeWindowInput, type WindowArg } from '../schema/window.js';
import { parseKey, type EntityKind } from './entity.kinds.js';
import { EntityInterface, type EntityParent, type EntityRef } from './entity.refs.js';
import { entityWindow, findEntity } from './entity.schema.js';
import { entityParent } from './entity.refs.js';
import { TYPE_NAME } from './entity.kinds.js';
import { prefetchChildren } from '../schema/prefetch.js';

type Fields = ObjectFieldsShape<Types, EntityParent>;

/**
 * Declares an entity kind's GraphQL type: a Relay node (global id from its key) that
 * implements Entity, resolvable by key through `node`, `entity` and federation `_entities`.
 */
export function defineEntityNode(kind: EntityKind, ref: EntityRef, description: string, fields: Fields) {
  const load = (ctx: Context, key: string) => findEntity(ctx, kind, parseKey(kind, key), presetWindow(DEFAULT_PRESET, ctx.now));
  builder.node(ref, {
    description,
    interfaces: [EntityInterface],
    isTypeOf: (p) => (p as EntityParent).kind === kind,
    id: { resolve: (p) => p.key },
    loadManyWithoutCache: (keys, ctx) => Promise.all(keys.map((k) => load(ctx, k).catch(() => null))),
    fields,
  });
  builder.asEntity(ref, {
    key: builder.selection<{ key: string }>('key'),
    resolveReference: (r, ctx) => {
      // a representation is the caller's input: one without its key is a bad request, not a failure of ours
      if (typeof (r as { key?: unknown }).key !== 'string') throw badInput(`A ${kind} representation needs its \`key\` (a string).`);
      return load(ctx, r.key);
    },
  });
}

/** A root lookup such as `ip(address:)`: the entity, or null when it has no activity in the window. */
export function defineRootLookup(
  field: string,
  kind: EntityKind,
  ref: EntityRef,
  arg: { name: string; type: 'String' | 'Int' | 'IPAddress'; description: string },
  description: string,
  /** Its own cost where a lookup is not one keyed read (the default root cost). */
  cost?: number,
) {
  builder.queryField(field, (t) =>
    t.field({
      type: ref,
      nullable: true,
      description,
      extensions: { window: { root: kind }, ...(cost === undefined ? {} : { cost }) },
      args: {
        [arg.name]: t.arg({ type: arg.type, required: true, description: arg.description }),
        window: t.arg({ type: TimeWindowInput, required: false, description: 'The window its fields default to (default: last 7 days).' }),
      },
      resolve: (_r, args: Record<string, unknown>, ctx, info) => {
        const key = parseKey(kind, String(args[arg.name]));
        const w = entityWindow(ctx, [kind], args.window as WindowArg | null | undefined);
        prefetchChildren(entityParent(kind, key, w), ctx, info, TYPE_NAME[kind]);
        return findEntity(ctx, kind, key, w);
      },
    }),
  );
}
