export * from './signed.js';
