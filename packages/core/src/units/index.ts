export * from './model.js';
export * from './dates.js';
export * from './timeline.js';
export * from './hierarchy.js';
export * from './validate.js';
export * from './seed/index.js';
export type * from '../ports/units.js';
