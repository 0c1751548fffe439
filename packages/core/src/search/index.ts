export * from './model.js';
export * from './query.js';
export * from './match.js';
export * from '../ports/search.js';
export * from './access.js';
