import { builder } from '../../schema/builder.js';

export const HourActivity = builder.objectRef<{ hour: number; hits: number; uniqueIps: number; maxRps: number }>('HourActivity').implement({
  description: 'Activity in one hour of the day (UTC), summed over the window’s days.',
  fields: (t) => ({
    hour: t.exposeInt('hour', { description: 'Hour of the day, 0–23 (UTC).' }),
    hits: t.exposeFloat('hits', { description: 'Requests in that hour.' }),
    uniqueIps: t.exposeInt('uniqueIps', { description: 'Distinct client IPs in that hour.' }),
    maxRps: t.exposeInt('maxRps', { description: 'Busiest second of a single client.' }),
  }),
});
