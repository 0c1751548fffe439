export * from './instrument.js';
export * from './unit-match.js';
export * from './appendix-layout.js';
export * from './rollup.js';
