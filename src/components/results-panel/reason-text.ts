/**
 * Failure kinds in the admin's words (also the load-level kinds 'network' and 'storage' for the root's notices).
 * The wording lives in src/i18n/reasons.ts, so the results table, load errors and notices say the same thing.
 */
export { failureSummary as reasonText } from '../../i18n/reasons.js';
