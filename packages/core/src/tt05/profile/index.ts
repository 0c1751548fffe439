export * from './code-lists.js';
export * from './catalogue.js';
export * from './values.js';
export * from './finding-codes.js';
export * from './simpledc.js';
export * from './check.js';
export * from './convert.js';
export * from './schema.js';
