export * from './batch.js';
export * from './cer.js';
