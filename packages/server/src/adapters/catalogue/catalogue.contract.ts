import type { Catalogue } from '@duphong/core';
import { afterEach, beforeEach, describe } from 'vitest';
import { codeListsContract } from './contract/codelists.js';
import { codeListSyncContract } from './contract/codelist-sync.js';
import { jobsContract } from './contract/jobs.js';
import { objectsContract } from './contract/objects.js';
import { recordsContract } from './contract/records.js';
import { descriptionContract } from './contract/description.js';
import { unitsContract } from './contract/units.js';
import { selectionContract } from './contract/selection.js';
import { searchContract } from './contract/search.js';
import { accountsContract } from './contract/accounts.js';
import { readingRequestsContract } from './contract/reading-requests.js';
import { handoversContract } from './contract/handovers.js';
import { digitisationContract } from './contract/digitisation.js';
import { microfilmContract } from './contract/microfilm.js';
import { plansContract } from './contract/plans.js';
import { portalContract } from './contract/portal.js';
import type { CatalogueFixture } from './contract/fixtures.js';

export type { CatalogueFixture } from './contract/fixtures.js';

/**
 * The behaviour every `Catalogue` adapter must show (SQLite and PostgreSQL run the same suite).
 * `factory` gives a fresh, empty, migrated catalogue for each test.
 */
export function describeCatalogueContract(name: string, factory: () => Promise<CatalogueFixture>): void {
  describe(`Catalogue contract: ${name}`, () => {
    let fx: CatalogueFixture | undefined;
    beforeEach(async () => {
      fx = await factory();
    });
    afterEach(async () => {
      await fx?.cleanup();
      fx = undefined;
    });
    const current = (): CatalogueFixture => {
      if (!fx) throw new Error('catalogue contract: no fixture (factory failed?)');
      return fx;
    };
    objectsContract(current);
    jobsContract(current);
    recordsContract(current);
    descriptionContract(current);
    unitsContract(current);
    codeListsContract(current);
    codeListSyncContract(current);
    selectionContract(current);
    searchContract(current);
    accountsContract(current);
    readingRequestsContract(current);
    digitisationContract(current);
    microfilmContract(current);
    plansContract(current);
    portalContract(current);
    handoversContract(current);
  });
}

/** Handy for adapters' own extra tests. */
export type { Catalogue };
