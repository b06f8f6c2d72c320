import type { Context } from '../../context.js';
import { keyedLoader } from '../../schema/loaders.js';
import { createClassificationRepository } from './classification.repository.js';

/** The newest `first` decisions about each entity of one type (all time). */
export const latestLoader = (ctx: Context, type: string, first: number) =>
  keyedLoader(
    ctx.loaders,
    'classification.latest',
    { type, first },
    (values) => createClassificationRepository(ctx.db).latest(type, values, first),
    (r) => r.entity_value,
    (rs) => rs,
  );
