export * from './fold.js';
export * from './model.js';
