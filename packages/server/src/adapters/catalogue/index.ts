export { KyselyCatalogue } from './kysely-catalogue.js';
export { openSqliteCatalogue } from './sqlite.js';
export { openPostgresCatalogue } from './postgres.js';
export type { PostgresCatalogueOptions } from './postgres.js';
export { catalogueVersion, migrateCatalogue, CATALOGUE_MIGRATIONS, LATEST_CATALOGUE_MIGRATION } from './migrations/index.js';
export type { CatalogueVersion, MigrationOptions } from './migrations/index.js';
export type { CatalogueSchema } from './schema.js';
export type { Engine } from './engine.js';
