export * from './oai-page.js';
export * from './harvested-record.js';
