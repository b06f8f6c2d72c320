import { badInput } from '../../schema/errors.js';
import { builder } from '../../schema/builder.js';
import { ThreatLevelEnum } from '../../graph/entity.refs.js';
import { SORT_COLUMNS, type DetectionFilter } from './detection.repository.js';

export const MODELS = { COMPLET: 'Complet', APPLICATIF: 'Applicatif' } as const;

export const DetectionModelEnum = builder.enumType('DetectionModel', {
  description: 'The bot-detector model that scored the window.',
  values: {
    COMPLET: { value: 'Complet', description: 'Complet: HTTP behaviour plus TLS (JA4) and TCP signals.' },
    APPLICATIF: { value: 'Applicatif', description: 'Applicatif: HTTP behaviour only.' },
  } as const,
});

export const DetectionSortFieldEnum = builder.enumType('DetectionSortField', {
  description: 'What to sort detections by.',
  values: Object.fromEntries(Object.entries(SORT_COLUMNS).map(([k, col]) => [k, { description: `By ${col}.` }])) as Record<
    keyof typeof SORT_COLUMNS,
    { description: string }
  >,
});

export const SortDirectionEnum = builder.enumType('SortDirection', {
  description: 'Sort direction.',
  values: { ASC: { description: 'Smallest first.' }, DESC: { description: 'Largest (or newest) first.' } } as const,
});

export const DetectionOrderInput = builder.inputType('DetectionOrder', {
  description: 'Sort order of a detection list (ties broken by id).',
  fields: (t) => ({
    field: t.field({ type: DetectionSortFieldEnum, required: true, description: 'The column.' }),
    direction: t.field({ type: SortDirectionEnum, required: false, defaultValue: 'DESC', description: 'Default DESC.' }),
  }),
});

export const DetectionFilterInput = builder.inputType('DetectionFilter', {
  description: 'Restricts a detection list; every given criterion must hold.',
  fields: (t) => ({
    threatLevels: t.field({ type: [ThreatLevelEnum], required: false, description: 'Any of these levels.' }),
    models: t.field({ type: [DetectionModelEnum], required: false, description: 'Any of these models.' }),
    countryCodes: t.stringList({ required: false, description: 'Any of these countries (ISO codes).' }),
    asns: t.intList({ required: false, description: 'Any of these AS numbers.' }),
    asnOrgs: t.stringList({ required: false, description: 'Any of these AS organisations (exact names).' }),
    ja4: t.string({ required: false, description: 'This exact JA4.' }),
    host: t.string({ required: false, description: 'This exact host.' }),
    botName: t.string({ required: false, description: 'This known bot, e.g. Googlebot.' }),
    browserFamily: t.string({ required: false, description: 'This browser family, e.g. Chrome.' }),
    campaignId: t.string({ required: false, description: 'This campaign.' }),
    minScore: t.float({ required: false, description: 'Anomaly score at least this (0–1).' }),
    search: t.string({ required: false, description: 'Text found in the IP, host, JA4, bot name or AS organisation (case-insensitive).' }),
  }),
});

/** Bounds what a filter may ask before it reaches SQL. */
export function checkFilter(f: DetectionFilter | null | undefined): DetectionFilter {
  const filter = f ?? {};
  if (filter.search && filter.search.length > 200) throw badInput('`search` is at most 200 characters');
  if (filter.asns?.some((a) => a < 0)) throw badInput('`asns` are AS numbers, 0 or more');
  for (const key of ['threatLevels', 'models', 'countryCodes', 'asns', 'asnOrgs'] as const) {
    if ((filter[key]?.length ?? 0) > 100) throw badInput(`\`${key}\` has at most 100 entries`);
  }
  if (filter.minScore !== null && filter.minScore !== undefined && (filter.minScore < 0 || filter.minScore > 1))
    throw badInput('`minScore` is between 0 and 1');
  return filter;
}
