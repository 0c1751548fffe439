export * from './report.js';
export * from './requirements.js';
export * from './structure.js';
export * from './mets.js';
export * from './rules.js';
export * from './encoding.js';
export * from './completeness.js';
