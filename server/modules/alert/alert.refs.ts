/** What the rest of the server uses of alerting: starting it with the server, and its figures for /health and /metrics. */
export { startAlerting, alertingStats } from './alert.scheduler.js';
export { subscriberCount } from './alert.feed.js';
