export * from './policy.js';
export * from './scope.js';
export * from './accounts.js';
