export { tlsContradiction } from './tls.rules.js';
