import type { Finding } from '../findings.js';
import { bagInfoValues, type BagInfoEntry } from './bag-info.js';
import { BAG_CODES as C, bagError } from './codes.js';

/** The parts of a BagIt-Profile (bagit-profiles spec, bagit-java's exampleProfile.json) we check. */
export interface BagProfile {
  identifier?: string;
  bagInfo: Map<string, { required: boolean; values?: string[]; repeatable: boolean }>;
  manifestsRequired: string[];
  manifestsAllowed?: string[];
  tagManifestsRequired: string[];
  tagManifestsAllowed?: string[];
  allowFetch: boolean;
  serialization: 'forbidden' | 'required' | 'optional';
  tagFilesRequired: string[];
  acceptBagItVersion?: string[];
}

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) && v.every((s) => typeof s === 'string') ? (v as string[]) : undefined;

/** Reads a parsed profile JSON; returns findings instead of throwing on a malformed one. */
export function parseBagProfile(json: unknown, file = 'profile'): { profile?: BagProfile; findings: Finding[] } {
  const bad = (vi: string, en: string) => ({
    findings: [bagError(C.profileInvalid, `Hồ sơ BagIt-Profile không hợp lệ: ${vi}`, `invalid BagIt-Profile: ${en}`, file)],
  });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return bad('không phải đối tượng JSON', 'not a JSON object');
  const o = json as Record<string, unknown>;
  const bagInfo = new Map<string, { required: boolean; values?: string[]; repeatable: boolean }>();
  const rawInfo = o['Bag-Info'] ?? {};
  if (typeof rawInfo !== 'object' || rawInfo === null) return bad('Bag-Info phải là đối tượng', 'Bag-Info must be an object');
  for (const [label, rule] of Object.entries(rawInfo as Record<string, unknown>)) {
    const r = (rule ?? {}) as Record<string, unknown>;
    const values = strings(r['values']);
    bagInfo.set(label, { required: r['required'] === true, ...(values ? { values } : {}), repeatable: r['repeatable'] !== false });
  }
  const info = (o['BagIt-Profile-Info'] ?? {}) as Record<string, unknown>;
  const serialization = o['Serialization'];
  const profile: BagProfile = {
    ...(typeof info['BagIt-Profile-Identifier'] === 'string' ? { identifier: info['BagIt-Profile-Identifier'] } : {}),
    bagInfo,
    manifestsRequired: strings(o['Manifests-Required']) ?? [],
    tagManifestsRequired: strings(o['Tag-Manifests-Required']) ?? [],
    allowFetch: o['Allow-Fetch.txt'] !== false,
    serialization: serialization === 'forbidden' || serialization === 'required' ? serialization : 'optional',
    tagFilesRequired: strings(o['Tag-Files-Required']) ?? [],
  };
  const manifestsAllowed = strings(o['Manifests-Allowed']);
  if (manifestsAllowed) profile.manifestsAllowed = manifestsAllowed;
  const tagAllowed = strings(o['Tag-Manifests-Allowed']);
  if (tagAllowed) profile.tagManifestsAllowed = tagAllowed;
  const versions = strings(o['Accept-BagIt-Version']);
  if (versions) profile.acceptBagItVersion = versions;
  return { profile, findings: [] };
}

export interface ProfileSubject {
  version?: string;
  info: readonly BagInfoEntry[];
  manifests: ReadonlyArray<{ kind: 'payload' | 'tag'; algorithmName: string }>;
  hasFetch: boolean;
  /** Every file path in the bag, relative to its root. */
  files: readonly string[];
  /** A folder is not a serialized bag. */
  serialized: boolean;
}

/** Conformance of a bag to a profile; every problem is an error finding. */
export function checkBagProfile(profile: BagProfile, bag: ProfileSubject): Finding[] {
  const out: Finding[] = [];
  for (const [label, rule] of profile.bagInfo) {
    const values = bagInfoValues(bag.info, label);
    if (rule.required && values.length === 0)
      out.push(
        bagError(
          C.profileInfoRequired,
          `Hồ sơ yêu cầu nhãn ${label} trong bag-info.txt`,
          `the profile requires ${label} in bag-info.txt`,
          'bag-info.txt',
        ),
      );
    if (!rule.repeatable && values.length > 1)
      out.push(
        bagError(
          C.profileInfoRepeated,
          `Nhãn ${label} không được lặp (có ${values.length} lần)`,
          `${label} must not repeat (found ${values.length})`,
          'bag-info.txt',
        ),
      );
    if (rule.values && rule.values.length > 0)
      for (const v of values.filter((x) => !rule.values!.includes(x)))
        out.push(
          bagError(
            C.profileInfoValue,
            `Giá trị ${JSON.stringify(v)} của ${label} không thuộc danh sách cho phép`,
            `value ${JSON.stringify(v)} of ${label} is not allowed`,
            'bag-info.txt',
          ),
        );
  }
  const algs = (kind: 'payload' | 'tag') => bag.manifests.filter((m) => m.kind === kind).map((m) => m.algorithmName.toLowerCase());
  for (const a of profile.manifestsRequired.filter((x) => !algs('payload').includes(x.toLowerCase())))
    out.push(bagError(C.profileManifest, `Hồ sơ yêu cầu manifest-${a}.txt`, `the profile requires manifest-${a}.txt`));
  for (const a of profile.tagManifestsRequired.filter((x) => !algs('tag').includes(x.toLowerCase())))
    out.push(bagError(C.profileTagManifest, `Hồ sơ yêu cầu tagmanifest-${a}.txt`, `the profile requires tagmanifest-${a}.txt`));
  for (const [kind, allowed] of [
    ['payload', profile.manifestsAllowed],
    ['tag', profile.tagManifestsAllowed],
  ] as const)
    if (allowed)
      for (const a of algs(kind).filter((x) => !allowed.map((s) => s.toLowerCase()).includes(x)))
        out.push(bagError(C.profileAlgorithmNotAllowed, `Hồ sơ không cho phép thuật toán ${a}`, `the profile does not allow ${a}`));
  if (!profile.allowFetch && bag.hasFetch)
    out.push(bagError(C.profileFetch, 'Hồ sơ không cho phép fetch.txt', 'the profile forbids fetch.txt', 'fetch.txt'));
  for (const t of profile.tagFilesRequired.filter((x) => !bag.files.includes(x)))
    out.push(bagError(C.profileTagFile, `Hồ sơ yêu cầu tệp thẻ ${t}`, `the profile requires the tag file ${t}`, t));
  if (profile.acceptBagItVersion && (bag.version === undefined || !profile.acceptBagItVersion.includes(bag.version)))
    out.push(
      bagError(
        C.profileVersion,
        `Phiên bản BagIt ${bag.version ?? '?'} không thuộc ${profile.acceptBagItVersion.join(', ')}`,
        `BagIt version ${bag.version ?? '?'} is not one of ${profile.acceptBagItVersion.join(', ')}`,
        'bagit.txt',
      ),
    );
  if (profile.serialization === 'required' && !bag.serialized)
    out.push(bagError(C.profileSerialization, 'Hồ sơ yêu cầu túi được đóng gói (zip, tar…)', 'the profile requires a serialized bag'));
  if (profile.serialization === 'forbidden' && bag.serialized)
    out.push(bagError(C.profileSerialization, 'Hồ sơ cấm đóng gói túi', 'the profile forbids a serialized bag'));
  return out;
}
