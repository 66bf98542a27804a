/** The license domain's public API: plain functions over readonly data. */
export type * from './types.js';
export * from './selection.js';
export * from './product-state.js';
export * from './tri-state.js';
export * from './plan.js';
export * from './diff.js';
export * from './rules.js';
export * from './validation.js';
export * from './roles.js';
export { ADD_ON_PREREQUISITES, EXCLUSIVE_SERVICE_PLAN_GROUPS } from './catalog/known-rules.js';
