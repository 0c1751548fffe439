export * from './instrument.js';
export * from './unit-match.js';
export * from './appendix-layout.js';
export * from './rollup.js';
export * from './figures.js';
export * from './copy-history.js';
export * from './submission.js';
export * from './plan.js';
