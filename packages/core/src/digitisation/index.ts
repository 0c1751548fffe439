export * from './batch.js';
export * from './cer.js';
export * from './scan-names.js';
export * from './qc.js';
export * from './qc-sets.js';
export * from './scan-map.js';
