export * from './ports/bytes.js';
export * from './ports/blob-store.js';
export * from './ports/catalogue.js';
export * from './findings.js';
export * from './time.js';
export * from './model/site.js';
export * from './model/catalogue.js';
export * from './ocfl/storage.js';
