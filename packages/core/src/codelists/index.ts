// Shared code lists (danh mục dùng chung): model, canonical digest, diff, lookup, sync check, seed.
export { CodeListVersionConflict, type CodeListRepository } from '../ports/codelists.js';
export * from './model.js';
export * from './finding-codes.js';
export { CODE_LIST_CANONICAL_FORMAT, canonicalCodeList, codeListDigest, digestMatches, publishVersion } from './canonical.js';
export { diffVersions, isEmptyDiff, type CodeListDiff, type CodeListRelabel } from './diff.js';
export { lookup, resolveLabel, versionAt, type CodeLookup, type LabelMatch, type LabelResolution } from './lookup.js';
export { checkCodeListVersion, checkNextVersion } from './check.js';
export { checkStoredDigests, checkSync, type CodeListSyncEntry, type CodeListSyncReport, type CodeListSyncStatus } from './sync.js';
export {
  TT05_AUTHORITY,
  TT05_SEED_VALID_FROM,
  codeListSeed,
  ensureCodeListsSeeded,
  publicCodeListSource,
  type CodeListSeedEntry,
} from './seed.js';
export { EXTRA_CODE_LISTS, TT05_ENGLISH_LABELS, type ExtraListSeed } from './seed-data.js';
export {
  BUNDLE_FINDING_CODES,
  CODE_LIST_BUNDLE_FORMAT,
  CODE_LIST_DRIFT_FORMAT,
  bundleSequence,
  checkBundle,
  planBundleApply,
  type BundleApplyPlan,
  type CodeListBundle,
  type CodeListBundleEntry,
  type CodeListDriftReport,
} from './bundle.js';
export type {
  CodeListDriftRecord,
  CodeListOrigin,
  CodeListPull,
  CodeListPullOutcome,
  CodeListSyncRepository,
  FeedEvent,
} from '../ports/codelist-sync.js';
