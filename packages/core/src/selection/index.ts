export * from './model.js';
export * from './signs.js';
export * from './findings.js';
export * from './eligibility.js';
export * from './criteria.js';
export * from './workflow.js';
export * from './risk-recovery.js';
export * from '../ports/selection.js';
