import { sql } from '../db/sql.js';

/**
 * The pairs the daily degrees hold, rolled up from a day's links: neither kind an address (an
 * entity's addresses are its nodes' IP sets, an address's neighbours its own few links), and in the
 * detections only a campaign's (every other pair's degree is read from the traffic).
 */
export const DEGREES_KEPT = sql`from_kind != 'IP' AND to_kind != 'IP' AND (source = 'traffic' OR 'CAMPAIGN' IN (from_kind, to_kind))`;
