/** What other modules may know of the export formats: the names this project's files use. */

/** The MISP object template of JA4+ fingerprints (../shared/data/interop/misp/ja4-plus.definition.json). */
export const JA4_PLUS_TEMPLATE = { name: 'ja4-plus', uuid: '2c15c75e-e7db-4b62-8d17-633e7571818f', version: '2' } as const;

/** The lines of a STIX report's description that list the JA4s and User-Agents with no observable of their own. */
export const STIX_REPORT_LISTS = { JA4: 'JA4 fingerprints', USER_AGENT: 'User-Agents' } as const;
export const STIX_LIST_SEPARATOR = ' | ';
