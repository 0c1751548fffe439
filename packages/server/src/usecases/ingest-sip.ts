import { AIP, isoVietnam, sipToAipFields, utf8, type PackageFinding } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { integrityError, type DuphongError } from '../errors.js';
import { aipSchemaFiles } from '../aip/schema-files.js';
import { readHeadDocuments } from '../aip/head-documents.js';
import { ArchiveFeeder } from '../package/archive-feeder.js';
import { openPackage, type ArchiveLimits } from '../package/archive.js';
import { readSip, type SipDocument } from '../package/sip-read.js';
import { recoverJournal } from './recover.js';
import { event, writeObjectVersion, type IngestResult, type VersionSource } from './write-version.js';
import { resolveLinkedDocuments, type LinkedDocument } from './sip-links.js';
import { refreshRiskRecoveryStatusOf } from './backup-list.js';
import { compareDocuments, headDocumentsOf, requireConfirmedDrops, type IngestChanges } from './ingest-changes.js';

export interface SipIngestResult extends IngestResult {
  sip: { objid: string; recordStatus?: string; warnings: PackageFinding[] };
  changes: IngestChanges;
}

/** A refused SIP: exit 3 with every finding (code, message, path). */
export function sipRefused(findings: PackageFinding[]): DuphongError {
  const errors = findings.filter((f) => f.severity === 'error');
  return integrityError(
    'DP-SIP-REFUSED',
    `Gói SIP bị từ chối: ${errors.length} lỗi, ${findings.length - errors.length} cảnh báo; không có gì được ghi.`,
    `SIP refused: ${errors.length} errors, ${findings.length - errors.length} warnings; nothing written.`,
    { findings: findings.filter((f) => f.severity !== 'info') },
  );
}

/**
 * `duphong ingest SIP.zip|SIP-folder`: check a TT05 SIP_hoso / SIP_tailieu, then make it the new
 * version of the file's backup copy (an AIP): documents streamed from the package once, their EAD_DOC
 * turned into the AIP shape, linked documents rewritten to the AIP form, PREMIS `transfer` and
 * `information package creation`. A SUPPLEMENT adds to the documents already kept.
 */
export interface SipIngestOptions {
  onProgress?: (done: number, total: number, bytes: number) => void;
  /** Archive limits (entries, total size, compression ratio); the defaults suit real packages. */
  limits?: Partial<ArchiveLimits>;
  /** The caller accepts a version that drops documents of the head version (CLI --replace). */
  confirmReplace?: boolean;
}

/** The documents a SIP carries, for the replace rule: METS gives each one's size and SHA-256. */
function sipChanges(
  sip: { recordStatus?: string; documents: SipDocument[] },
  fileCode: string,
  head: Awaited<ReturnType<typeof headDocumentsOf>>,
) {
  return compareDocuments(
    fileCode,
    head,
    sip.documents.map((d) => ({ path: d.dataPath, size: d.size, ...(!d.holey && { sha256: d.checksum }) })),
    sip.recordStatus === 'SUPPLEMENT',
  );
}

/** What `ingestSip` would change, without writing; a SIP that would be refused is refused here too. */
export async function previewSipIngest(
  ctx: Context,
  path: string,
  limits: Partial<ArchiveLimits> = {},
): Promise<{ changes: IngestChanges; sip: { objid: string; fondsCode?: string; warnings: PackageFinding[] } }> {
  const sip = await readSip(path, limits);
  if (!sip.valid || !sip.fileCode || !sip.objid) throw sipRefused(sip.findings);
  const fileCode = sip.fileCode.normalize('NFC');
  const changes = sipChanges(sip, fileCode, await headDocumentsOf(ctx, fileCode));
  const warnings = sip.findings.filter((f) => f.severity === 'warning');
  return { changes, sip: { objid: sip.objid, ...(sip.fondsCode !== undefined && { fondsCode: sip.fondsCode }), warnings } };
}

export async function ingestSip(ctx: Context, path: string, options: SipIngestOptions = {}): Promise<SipIngestResult> {
  const { onProgress, limits = {}, confirmReplace } = options;
  const sip = await readSip(path, limits);
  if (!sip.valid || !sip.fileCode || !sip.objid) throw sipRefused(sip.findings);
  await aipSchemaFiles();
  const fileCode = sip.fileCode.normalize('NFC');
  const objid = sip.objid;
  const links = await resolveLinkedDocuments(ctx, sip, fileCode);
  if (links.findings.length > 0) throw sipRefused([...sip.findings, ...links.findings]);

  return ctx.locks.hold(fileCode, 'ingest-sip', async () => {
    const opened = await openPackage(path, limits);
    if (!opened.source) throw sipRefused([...sip.findings, ...opened.findings]);
    const order = new Map(opened.source.entries.map((e, i) => [e.path, i]));
    const streamed = sip.documents.filter((d) => !d.holey).sort((a, b) => (order.get(a.entry) ?? 0) - (order.get(b.entry) ?? 0));
    const feeder = new ArchiveFeeder(
      opened.source,
      streamed.map((d) => d.entry),
    );
    try {
      await recoverJournal(ctx, { fileCode });
      // The replace rule (ingest-changes.ts): decided on the head as it stands under the lock, before any write.
      const changes = sipChanges(sip, fileCode, await headDocumentsOf(ctx, fileCode));
      requireConfirmedDrops(changes, confirmReplace);
      const now = isoVietnam(ctx.clock.now());
      const title = (sip.title ?? fileCode).normalize('NFC');
      const known = await ctx.catalogue.getFile(fileCode);
      await ctx.catalogue.putFile({ code: fileCode, title, createdAt: known?.createdAt ?? now, updatedAt: now });

      const sources: VersionSource[] = [];
      const existing = await ctx.catalogue.getObjectByFileCode(fileCode);
      const incoming = new Set(sip.documents.map((d) => d.dataPath));
      if (sip.recordStatus === 'SUPPLEMENT' && existing && existing.head > 0)
        for (const kept of await readHeadDocuments(ctx, existing.id, existing.head)) if (!incoming.has(kept.relative)) sources.push(kept);
      const corrections: string[] = [];
      for (const d of streamed) sources.push(streamSource(d, fileCode, corrections, () => feeder.open(d.entry)));
      for (const link of links.documents) sources.push(linkSource(link, fileCode, corrections));

      const description = sipToAipFields(sip.type === 'Collection' ? 'sip-tailieu' : 'sip-hoso', sip.description ?? {}).fields;
      const warnings = sip.findings.filter((f) => f.severity === 'warning');
      const result = await writeObjectVersion(ctx, {
        fileCode,
        title,
        sources,
        origin: `gói SIP ${sip.objid}`,
        description,
        ...(sip.fondsCode !== undefined && { fondsCode: sip.fondsCode }),
        type: sip.type ?? 'Mixed',
        force: true,
        ...(onProgress && { onProgress }),
        events: (objectId, created) => [
          event(
            objectId,
            'transfer',
            created,
            `Nhận gói ${sip.type === 'Collection' ? 'SIP_tailieu' : 'SIP_hoso'} ${sip.objid} (${sip.recordStatus ?? 'NEW'}), ${sip.documents.length} tài liệu` +
              (corrections.length ? `; docCode sửa theo mã hồ sơ (TT05): ${corrections.join(', ')}` : ''),
          ),
          event(
            objectId,
            'validation',
            created,
            `Gói SIP hợp lệ theo E-ARK CSIP 2.0.4 và hồ sơ TT05: ${warnings.length} cảnh báo${warnings.length ? ` (${[...new Set(warnings.map((w) => w.code))].join(', ')})` : ''}`,
            null,
            warnings.length ? 'warning' : 'success',
          ),
        ],
      });
      await describeInCatalogue(ctx, fileCode, title, sip, description, sources);
      await refreshRiskRecoveryStatusOf(ctx, fileCode);
      return { ...result, sip: { objid, ...(sip.recordStatus && { recordStatus: sip.recordStatus }), warnings }, changes };
    } catch (error) {
      await feeder.abort();
      throw error;
    } finally {
      await feeder.done.catch(() => undefined);
      await opened.source.close();
    }
  });
}

/**
 * A document's EAD_doc in the AIP shape. TT05: docCode = fileCode + 7-digit sequence; the official
 * sample's wrong-year docCodes are warned about on intake and written right here (the submitted
 * value is kept in the PREMIS transfer event), so the defect is not copied into the AIP.
 */
function aipDocFields(fields: Record<string, string>, fileCode: string, corrections: string[]): Record<string, string> {
  const converted = sipToAipFields('sip-doc', fields, { fileCode }).fields;
  const docCode = (converted.docCode ?? '').trim();
  const sequence = /\.(\d{7})$/.exec(docCode)?.[1];
  if (sequence && !docCode.startsWith(`${fileCode}.`)) {
    converted.docCode = `${fileCode}.${sequence}`;
    corrections.push(`${docCode} → ${converted.docCode}`);
  }
  return converted;
}

function withoutStatus(fields: Record<string, string>): Record<string, string> {
  const { riskRecoveryStatus: _claimed, ...rest } = fields;
  return rest;
}

/** The catalogue records the SIP describes: the file (AIP fields, fonds) and each document it carries. */
async function describeInCatalogue(
  ctx: Context,
  fileCode: string,
  title: string,
  sip: { fondsCode?: string },
  description: Record<string, string>,
  sources: VersionSource[],
): Promise<void> {
  const now = isoVietnam(ctx.clock.now());
  await ctx.catalogue.transaction(async (tx) => {
    const known = await tx.records.getFile(fileCode);
    await tx.records.putFile({
      code: fileCode,
      fondsCode: sip.fondsCode ?? known?.fondsCode ?? null,
      title,
      // The SIP's riskRecoveryStatus is a claim about copies DuPhong did not make: the catalogue's
      // own status is computed from its copies (refreshRiskRecoveryStatusOf, after this).
      fields: { ...(known?.fields ?? {}), ...withoutStatus(description) },
      legacy: known?.legacy ?? {},
      createdAt: known?.createdAt ?? now,
      updatedAt: now,
    });
    for (const s of sources) {
      const fields = s.description?.fields;
      if (!fields || s.holey) continue;
      const ordinal = Number(fields.docOrdinal);
      await tx.records.putDocument({
        id: fields.docCode || `${fileCode}/${s.relative}`,
        fileCode,
        ordinal: Number.isSafeInteger(ordinal) && ordinal > 0 ? ordinal : null,
        kind: 'doc',
        fields,
        legacy: {},
        createdAt: now,
        updatedAt: now,
      });
    }
  });
}

function streamSource(
  d: SipDocument,
  fileCode: string,
  corrections: string[],
  open: () => Promise<AsyncIterable<Uint8Array>>,
): VersionSource {
  return {
    kind: 'stream',
    relative: d.dataPath,
    size: d.size,
    open,
    ...(d.ead && { description: { eadName: d.ead.name, fields: aipDocFields(d.ead.fields, fileCode, corrections) } }),
  };
}

/** A linked document: its `.fetch.txt` rewritten to the AIP form (TT05-PACKAGES.md, "Linked documents"). */
function linkSource(link: LinkedDocument, fileCode: string, corrections: string[]): VersionSource {
  const bytes = utf8(`${link.target} ${link.size} ${AIP.repData}${link.document.dataPath} ${link.document.fetchTarget}\n`);
  return {
    kind: 'stream',
    relative: link.document.dataPath,
    size: bytes.byteLength,
    holey: true,
    format: { name: 'Tham chiếu tài liệu đã nộp (fetch.txt)', mime: 'text/plain' },
    open: async () =>
      (async function* () {
        yield bytes;
      })(),
    ...(link.document.ead && {
      description: { eadName: link.document.ead.name, fields: aipDocFields(link.document.ead.fields, fileCode, corrections) },
    }),
  };
}
