import { csipRequirement } from './requirements.js';
import { packageFinding, type PackageFinding, type PackageSeverity } from './report.js';

/** One entry of a package, as listed from a folder or an archive: `/`-separated, no trailing `/`. */
export interface PackageTreeEntry {
  path: string;
  type: 'file' | 'dir';
}

export interface StructureInput {
  entries: readonly PackageTreeEntry[];
  /** True for ZIP/TAR: the entries must then have a single root folder (CSIPSTR1). */
  archived: boolean;
  /** Folder name (for a folder package) or archive file name, used in finding paths. */
  name: string;
}

export interface StructureResult {
  findings: PackageFinding[];
  /** Prefix of the package root inside the entries ('' for a folder, `root/` for an archive); undefined when CSIPSTR1 failed. */
  rootPrefix?: string;
  /** The package root folder name. */
  rootName?: string;
  /** Representation folder names under representations/. */
  representations: string[];
  /** Paths (relative to the package root) of the representation METS files that exist. */
  representationMets: string[];
  hasRootMets: boolean;
}

interface Folder {
  files: Set<string>;
  dirs: Set<string>;
}

const SEVERITY: Record<string, PackageSeverity> = { MUST: 'error', SHOULD: 'warning', MAY: 'info' };

function result(id: string, path: string): PackageFinding {
  const req = csipRequirement(id);
  return packageFinding(id, SEVERITY[req.level] ?? 'warning', req.vi, path);
}

function index(entries: readonly PackageTreeEntry[]): Map<string, Folder> {
  const folders = new Map<string, Folder>();
  const folder = (path: string): Folder => {
    let f = folders.get(path);
    if (!f) {
      f = { files: new Set(), dirs: new Set() };
      folders.set(path, f);
    }
    return f;
  };
  folder('');
  for (const entry of entries) {
    const parts = entry.path.split('/').filter((p) => p !== '');
    for (let i = 0; i < parts.length; i++) {
      const parent = parts.slice(0, i).join('/');
      const name = parts[i]!;
      const isLast = i === parts.length - 1;
      if (isLast && entry.type === 'file') folder(parent).files.add(name);
      else {
        folder(parent).dirs.add(name);
        folder(parts.slice(0, i + 1).join('/'));
      }
    }
  }
  return folders;
}

/**
 * CSIPSTR1–16 (E-ARK CSIP 2.0.4, §5.3 "Folder structure"), with the upstream E-ARK validator's
 * severities: MUST → error, SHOULD → warning, MAY → info. Pure: works on a listing.
 */
export function checkCsipStructure(input: StructureInput): StructureResult {
  const empty: StructureResult = { findings: [], representations: [], representationMets: [], hasRootMets: false };
  const folders = index(input.entries);
  let rootPrefix = '';
  let rootName = input.name;
  const findings: PackageFinding[] = [];
  if (input.archived) {
    const top = folders.get('')!;
    if (top.files.size > 0 || top.dirs.size !== 1) return { ...empty, findings: [result('CSIPSTR1', input.name)] };
    rootName = [...top.dirs][0]!;
    rootPrefix = `${rootName}/`;
  } else {
    findings.push(result('CSIPSTR3', input.name));
  }
  const at = (path: string): Folder | undefined => folders.get(rootPrefix + path);
  const root = folders.get(rootPrefix === '' ? '' : rootName)!;
  const rel = (path: string) => rootPrefix + path;
  const hasRootMets = root.files.has('METS.xml');
  if (!hasRootMets) findings.push(result('CSIPSTR4', rel('METS.xml')));
  const metadata = root.dirs.has('metadata') ? at('metadata') : undefined;
  if (!metadata) findings.push(result('CSIPSTR5', rel('metadata')));
  // Without a metadata folder only CSIPSTR5 is reported (as the E-ARK validator does), not 6–8 as well.
  if (metadata) {
    if (!metadata.dirs.has('preservation')) findings.push(result('CSIPSTR6', rel('metadata/preservation')));
    if (!metadata.dirs.has('descriptive')) findings.push(result('CSIPSTR7', rel('metadata/descriptive')));
    if ([...metadata.dirs].every((d) => d === 'preservation' || d === 'descriptive')) findings.push(result('CSIPSTR8', rel('metadata')));
  }

  const representations: string[] = [];
  const representationMets: string[] = [];
  let repHasSchemas = false;
  let repHasDocs = false;
  if (!root.dirs.has('representations')) findings.push(result('CSIPSTR9', rel('representations')));
  else {
    const reps = at('representations')!;
    if (reps.dirs.size === 0) findings.push(result('CSIPSTR10', rel('representations')));
    for (const rep of [...reps.dirs].sort()) {
      representations.push(rep);
      const f = at(`representations/${rep}`)!;
      const where = rel(`representations/${rep}`);
      if (!f.dirs.has('data')) findings.push(result('CSIPSTR11', `${where}/data`));
      if (!f.files.has('METS.xml')) findings.push(result('CSIPSTR12', `${where}/METS.xml`));
      else representationMets.push(`representations/${rep}/METS.xml`);
      if (!f.dirs.has('metadata')) findings.push(result('CSIPSTR13', `${where}/metadata`));
      repHasSchemas ||= f.dirs.has('schemas');
      repHasDocs ||= f.dirs.has('documentation');
    }
  }
  if (!root.dirs.has('schemas') && !repHasSchemas) findings.push(result('CSIPSTR15', rel('schemas')));
  if (!root.dirs.has('documentation') && !repHasDocs) findings.push(result('CSIPSTR16', rel('documentation')));
  return { findings, rootPrefix, rootName, representations, representationMets, hasRootMets };
}

/**
 * CSIPSTR2: the root folder SHOULD be named after OBJID (TT05 AIPs replace ":" with "_"). Inside an
 * archive the root folder is part of what the packager sent (TT05: SIP folder = OBJID), so there a
 * mismatch is the error DP-PKG-OBJID-FOLDER (the METS of another package, or a renamed one); a
 * folder on disk may have been renamed by whoever copied it, so there it stays a CSIPSTR2 warning.
 */
export function checkRootName(rootName: string, objid: string | undefined, archived = false): PackageFinding[] {
  if (!objid || rootName === objid || rootName === objid.replaceAll(':', '_')) return [];
  if (archived)
    return [
      packageFinding(
        'DP-PKG-OBJID-FOLDER',
        'error',
        `Thư mục gốc trong tệp nén khác mets/@OBJID / the archive's root folder differs from mets/@OBJID: "${rootName}" ≠ "${objid}"`,
        rootName,
      ),
    ];
  return [packageFinding('CSIPSTR2', 'warning', `${csipRequirement('CSIPSTR2').vi}: thư mục "${rootName}", OBJID "${objid}"`, rootName)];
}
