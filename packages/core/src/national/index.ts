export * from './signed.js';
export * from './handover.js';
