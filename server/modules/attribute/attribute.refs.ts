/** What other modules may use of the attribute module. */
export { botShareOf } from './attribute.insights.js';
