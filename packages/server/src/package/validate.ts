import { createHash, type Hash } from 'node:crypto';
import { lstat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import {
  MAX_XML_BYTES,
  MetsDoc,
  checkCsipMets,
  checkCsipStructure,
  checkRootName,
  checkUnreferenced,
  decodeXmlUtf8,
  packageFinding,
  metsFileReferences,
  parseXml,
  resolveMetsHref,
  toPackageReport,
  type PackageFinding,
  type PackageReport,
} from '@duphong/core';
import { ArchiveEntryError, openPackage, type ArchiveLimits, type PackageFormat } from './archive.js';
import { validateMetsXsd, type XsdOptions } from './xsd.js';

/** The checks, in order; a failing archive or CSIPSTR1 stops the later ones. */
export type PackagePhase = 'archive' | 'structure' | 'schema' | 'csip' | 'fixity';

export interface PackageValidation {
  format: PackageFormat;
  report: PackageReport;
  phases: Record<PackagePhase, PackageFinding[]>;
  /** Representation folder names found under representations/. */
  representations: string[];
}

export interface ValidatePackageOptions {
  limits?: Partial<ArchiveLimits>;
  xsd?: XsdOptions;
  /** Check SIZE and CHECKSUM of every referenced file (default true). */
  fixity?: boolean;
}

const ALGORITHMS: Record<string, string> = {
  MD5: 'md5',
  'SHA-1': 'sha1',
  SHA1: 'sha1',
  'SHA-256': 'sha256',
  SHA256: 'sha256',
  'SHA-384': 'sha384',
  SHA384: 'sha384',
  'SHA-512': 'sha512',
  SHA512: 'sha512',
};

interface MetsFile {
  /** Path relative to the package root. */
  rel: string;
  level: 'package' | 'representation';
  bytes?: Uint8Array;
  tooLarge?: boolean;
}

/** `duphong package validate PATH`: an E-ARK CSIP 2.0.4 package as folder, ZIP, TAR or TAR.GZ. */
export async function validatePackagePath(path: string, options: ValidatePackageOptions = {}): Promise<PackageReport> {
  return (await validatePackage(path, options)).report;
}

export async function validatePackage(path: string, options: ValidatePackageOptions = {}): Promise<PackageValidation> {
  const full = resolve(path);
  const phases: Record<PackagePhase, PackageFinding[]> = { archive: [], structure: [], schema: [], csip: [], fixity: [] };
  const done = (format: PackageFormat, representations: string[] = []): PackageValidation => ({
    format,
    phases,
    representations,
    report: toPackageReport([...phases.archive, ...phases.structure, ...phases.schema, ...phases.csip, ...phases.fixity]),
  });
  if (!(await lstat(full).catch(() => undefined))) {
    phases.archive.push(packageFinding('DP-PKG-NOT-FOUND', 'error', `Không tìm thấy đường dẫn: ${path}`, path));
    return done('unknown');
  }
  const opened = await openPackage(full, options.limits);
  phases.archive.push(...opened.findings);
  if (opened.format === 'unknown') {
    phases.structure.push(
      packageFinding(
        'CSIPSTR1',
        'error',
        'Không phải thư mục gói hay tệp nén ZIP/TAR/TAR.GZ (CSIPSTR1: gói phải nằm trong một thư mục gốc)',
        basename(full),
      ),
    );
    return done('unknown');
  }
  const source = opened.source;
  if (!source) return done(opened.format);
  try {
    const structure = checkCsipStructure({ entries: source.entries, archived: opened.format !== 'dir', name: source.name });
    phases.structure.push(...structure.findings);
    if (structure.rootPrefix === undefined) return done(opened.format);
    const prefix = structure.rootPrefix;

    // 1. Read the METS files (root and representations) into memory, capped.
    const metsFiles: MetsFile[] = [];
    if (structure.hasRootMets) metsFiles.push({ rel: 'METS.xml', level: 'package' });
    for (const rel of structure.representationMets) metsFiles.push({ rel, level: 'representation' });
    const byEntry = new Map(metsFiles.map((m) => [prefix + m.rel, m]));
    await source.read(new Set(byEntry.keys()), async (entryPath, stream) => {
      const m = byEntry.get(entryPath)!;
      const bytes = await readCapped(stream, MAX_XML_BYTES);
      if (bytes) m.bytes = bytes;
      else m.tooLarge = true;
    });

    // 2. Schema and CSIP rules per METS; collect the file references.
    const wanted = new Map<
      string,
      Array<{ mets: string; where: string; size?: string; checksum?: string; checksumType?: string; display: string }>
    >();
    const entryTypes = new Map(source.entries.map((e) => [e.path.normalize('NFC'), e]));
    // Every path some METS accounts for (the METS files themselves included), for DP-PKG-FILE-UNREFERENCED.
    const referenced = new Set(metsFiles.map((m) => (prefix + m.rel).normalize('NFC')));
    let allMetsRead = structure.hasRootMets;
    for (const m of metsFiles) {
      const shown = prefix + m.rel;
      if (!m.bytes) {
        phases.csip.push(packageFinding('DP-XML-TOO-LARGE', 'error', `Tệp METS lớn quá ${MAX_XML_BYTES} byte`, shown));
        allMetsRead = false;
        continue;
      }
      const decoded = decodeXmlUtf8(m.bytes, shown);
      if ('finding' in decoded) {
        phases.csip.push(decoded.finding);
        allMetsRead = false;
        continue;
      }
      const parsed = parseXml(decoded.text, shown);
      // A DOCTYPE is refused by parseXml; it is not handed to xmllint either (no entity expansion anywhere).
      if (!parsed.findings.some((f) => f.code === 'DP-XML-DOCTYPE'))
        phases.schema.push(...(await validateMetsXsd(m.bytes, shown, options.xsd)));
      phases.csip.push(...parsed.findings.map((f) => ({ ...f })));
      if (!parsed.root) {
        allMetsRead = false;
        continue;
      }
      phases.csip.push(...checkCsipMets(parsed.root, { level: m.level, path: shown }));
      const doc = new MetsDoc(parsed.root);
      if (m.level === 'package' && structure.rootName !== undefined)
        phases.csip.push(...checkRootName(structure.rootName, doc.attr(parsed.root, 'OBJID'), opened.format !== 'dir'));
      if (!doc.isMetsRoot()) {
        allMetsRead = false;
        continue;
      }
      const base = m.rel.includes('/') ? m.rel.slice(0, m.rel.lastIndexOf('/')) : '';
      const refs = metsFileReferences(doc);
      for (const ref of refs) {
        const rel = resolveMetsHref(base, ref.href);
        if (rel !== undefined) referenced.add((prefix + rel).normalize('NFC'));
      }
      if (options.fixity === false) continue;
      for (const ref of refs) {
        const rel = resolveMetsHref(base, ref.href);
        if (rel === undefined) {
          phases.fixity.push(
            packageFinding(
              'DP-PKG-HREF-OUTSIDE',
              'error',
              `Tham chiếu không trỏ vào bên trong gói: ${JSON.stringify(ref.href)} (${ref.where})`,
              shown,
            ),
          );
          continue;
        }
        const entry = entryTypes.get((prefix + rel).normalize('NFC'));
        if (!entry || entry.type !== 'file') {
          phases.fixity.push(
            packageFinding(
              'DP-PKG-FILE-MISSING',
              'error',
              `Tệp được METS tham chiếu không có trong gói: ${rel} (${shown}: ${ref.where})`,
              prefix + rel,
            ),
          );
          continue;
        }
        if (ref.size === undefined && ref.checksum === undefined) continue;
        const list = wanted.get(entry.path) ?? [];
        list.push({ ...ref, mets: shown, display: prefix + rel });
        wanted.set(entry.path, list);
      }
    }

    // Only judged when every METS was read: a METS that failed to parse references nothing.
    if (allMetsRead) {
      const files = source.entries.filter((e) => e.type === 'file').map((e) => e.path);
      phases.csip.push(...checkUnreferenced(files, referenced, prefix));
    }

    // 3. Fixity: stream every referenced file once, with every digest it is referenced with.
    if (wanted.size > 0) {
      await source.read(new Set(wanted.keys()), async (entryPath, stream) => {
        const refs = wanted.get(entryPath)!;
        const hashes = new Map<string, Hash>();
        for (const r of refs) {
          if (r.checksum === undefined || r.checksumType === undefined) continue;
          const algo = ALGORITHMS[r.checksumType.toUpperCase()];
          if (algo === undefined) {
            phases.fixity.push(
              packageFinding(
                'DP-PKG-CHECKSUM-UNSUPPORTED',
                'warning',
                `CHECKSUMTYPE "${r.checksumType}" chưa được hỗ trợ, không kiểm tra giá trị băm (${r.where})`,
                r.display,
              ),
            );
          } else if (!hashes.has(algo)) hashes.set(algo, createHash(algo));
        }
        let size = 0;
        for await (const chunk of stream) {
          size += chunk.length;
          for (const h of hashes.values()) h.update(chunk);
        }
        const digests = new Map([...hashes].map(([a, h]) => [a, h.digest('hex')]));
        for (const r of refs) {
          const problems: string[] = [];
          if (r.size !== undefined && /^\s*\d+\s*$/.test(r.size) && Number(r.size) !== size)
            problems.push(`SIZE ${r.size.trim()} ≠ ${size} byte`);
          const algo = r.checksumType === undefined ? undefined : ALGORITHMS[r.checksumType.toUpperCase()];
          const actual = algo === undefined ? undefined : digests.get(algo);
          if (r.checksum !== undefined && actual !== undefined && r.checksum.trim().toLowerCase() !== actual)
            problems.push(`${r.checksumType} ${r.checksum.trim()} ≠ ${actual}`);
          if (problems.length > 0)
            phases.fixity.push(
              packageFinding('DP-PKG-FIXITY', 'error', `Sai toàn vẹn: ${problems.join('; ')} (${r.mets}: ${r.where})`, r.display),
            );
        }
      });
    }
    return done(opened.format, structure.representations);
  } catch (error) {
    // An entry whose bytes betray its headers: the package is invalid, and that is a finding.
    if (!(error instanceof ArchiveEntryError)) throw error;
    phases.archive.push(error.finding);
    return done(opened.format);
  } finally {
    await source.close();
  }
}

/** Read a stream fully, or undefined past `max` bytes (the rest is drained). */
async function readCapped(stream: AsyncIterable<Buffer>, max: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  let over = false;
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > max) over = true;
    else chunks.push(chunk);
  }
  return over ? undefined : Buffer.concat(chunks);
}
