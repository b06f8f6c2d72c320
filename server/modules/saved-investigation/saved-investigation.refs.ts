import { builder } from '../../schema/builder.js';
import type { Preset } from '../../schema/window.js';
import type { InvestigationRow } from './saved-investigation.repository.js';

/** What other modules use of saved investigations: the type, its canvas, and ClickHouse's UTC times. */
export const InvestigationRef = builder.objectRef<InvestigationRow>('Investigation');

export interface Canvas {
  steps: string[];
  window: Preset;
  layout: string;
  positions: { node: string; x: number; y: number }[];
  pinned: string[];
  hidden: string[];
  /** The absolute window the investigation was saved over: its entities' fields and exports use it. */
  since: string;
  until: string;
}

export function parseCanvas(row: InvestigationRow): Canvas {
  return JSON.parse(row.canvas) as Canvas;
}

/** ClickHouse prints DateTime64(3, 'UTC') without a zone. */
export const utc = (s: string) => new Date(`${s.replace(' ', 'T')}Z`);
