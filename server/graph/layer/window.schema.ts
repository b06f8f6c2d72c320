import { builder } from '../../schema/builder.js';
import { ResolvedWindowRef } from '../../schema/window.js';
import { layerState, missingHours } from './state.js';

// what the graph layer has counted of a window: while its install counts the history before the
// live views' cutoff, the hours not reached yet answer low, and an analyst must know it
builder.objectFields(ResolvedWindowRef, (t) => ({
  complete: t.boolean({
    description:
      'Whether the graph layer has counted every hour of the window. False while an install of the layer is still counting the history before it was installed: fields read from the layer then answer low for the hours not counted yet (`missingHours`).',
    resolve: (w, _a, ctx) => missingHours(layerState(ctx.db), w.since, w.until) === 0,
  }),
  missingHours: t.int({
    description: 'Hours of the window the graph layer has not counted yet (0 once its install is complete).',
    resolve: (w, _a, ctx) => missingHours(layerState(ctx.db), w.since, w.until),
  }),
}));
