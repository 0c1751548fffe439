export * from './mets-model.js';
export * from './mets-write.js';
export * from './mets-read.js';
export * from './premis.js';
export * from './ids.js';
export * from './events.js';
export * from './aip-build.js';
export * from './aip-check.js';
