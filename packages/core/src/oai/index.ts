export * from './protocol.js';
export * from './sets.js';
export * from './records.js';
export * from './response.js';
