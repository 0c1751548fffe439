import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BAG_CODES,
  bagError,
  checkBagProfile,
  isRootTagFileToRead,
  judgeDigests,
  parseBagProfile,
  planBagValidation,
  toReport,
  type BagEntry,
  type BagPlan,
  type Finding,
  type ValidationReport,
} from '@duphong/core';
import { digestFiles } from './hash.js';
import { walkBagFolder } from './walk.js';

/** Tag files larger than this are refused rather than read into memory. */
const MAX_TAG_FILE_BYTES = 256 * 1024 * 1024;

export interface BagValidation {
  findings: Finding[];
  report: ValidationReport;
  plan: BagPlan;
  entries: BagEntry[];
}

export interface ValidateBagOptions {
  /** A BagIt-Profile JSON file to check conformance against. */
  profile?: string;
}

/** Reads the root tag files the core asked for (small text files only). */
async function readTagFiles(root: string, entries: readonly BagEntry[], findings: Finding[]): Promise<Map<string, Uint8Array>> {
  const tagFiles = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (e.kind !== 'file' || e.path.includes('/') || !isRootTagFileToRead(e.path)) continue;
    if (e.size > MAX_TAG_FILE_BYTES) {
      findings.push(bagError(BAG_CODES.unreadable, 'Tệp thẻ quá lớn để đọc', 'tag file too large to read', e.path));
      continue;
    }
    try {
      tagFiles.set(e.path, await readFile(join(root, e.path)));
    } catch (error) {
      findings.push(
        bagError(BAG_CODES.unreadable, 'Không đọc được tệp thẻ', `cannot read the tag file (${(error as Error).message})`, e.path),
      );
    }
  }
  return tagFiles;
}

/**
 * Full validation of a bag folder: structure, completeness, every checksum, Payload-Oxum, lint
 * warnings, and the profile if one is given. fetch.txt is parsed, never followed.
 */
export async function validateBag(root: string, options: ValidateBagOptions = {}): Promise<BagValidation> {
  const entries = await walkBagFolder(root);
  const findings: Finding[] = [];
  const tagFiles = await readTagFiles(root, entries, findings);
  const plan = planBagValidation({ entries, tagFiles });
  findings.push(...plan.findings);
  const { digests, unreadable } = await digestFiles(root, plan.hashes, tagFiles);
  findings.push(...judgeDigests(plan, digests, unreadable));
  if (options.profile !== undefined) findings.push(...(await profileFindings(options.profile, plan, entries)));
  return { findings, report: toReport(findings), plan, entries };
}

async function profileFindings(file: string, plan: BagPlan, entries: readonly BagEntry[]): Promise<Finding[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    return [
      bagError(
        BAG_CODES.profileInvalid,
        'Không đọc được hồ sơ BagIt-Profile (JSON)',
        `cannot read the BagIt-Profile JSON (${(error as Error).message})`,
        file,
      ),
    ];
  }
  const { profile, findings } = parseBagProfile(json, file);
  if (!profile) return findings;
  return checkBagProfile(profile, {
    ...(plan.declaration?.version ? { version: plan.declaration.version } : {}),
    info: plan.info,
    manifests: plan.manifests,
    hasFetch: plan.hasFetch,
    files: entries.filter((e) => e.kind === 'file').map((e) => e.path),
    serialized: false,
  });
}

/** True when `path` is a folder (bags are validated as folders). */
export async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Quick verification (bagit-java's QuickVerifier): only Payload-Oxum against the payload on disk.
 * No payload byte is read; a bag without Payload-Oxum gets the DP-BAG-OXUM-MISSING warning.
 */
export async function quickVerifyBag(root: string): Promise<Finding[]> {
  const entries = await walkBagFolder(root);
  const findings: Finding[] = [];
  const tagFiles = await readTagFiles(root, entries, findings);
  const plan = planBagValidation({ entries, tagFiles });
  const oxumCodes: string[] = [BAG_CODES.oxum, BAG_CODES.oxumSyntax, BAG_CODES.oxumMissing];
  return [...findings, ...plan.findings.filter((f) => oxumCodes.includes(f.code))];
}
