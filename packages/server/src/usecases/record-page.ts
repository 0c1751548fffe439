import { decide, effectiveDocumentMode, effectiveFileMode, mayRead, mayReadContent } from '@duphong/core';
import type { AccessMode, CopyStatus, Holding, Inspection, Principal } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { notFoundError } from '../errors.js';
import { RecordScope } from './record-scope.js';
import { recordAccess } from './access-log.js';
import { eventTypeLabel, labelFields, type LabelledField } from './record-words.js';
import type { Bilingual } from './incident-words.js';
import { analogueCopiesOf, type AnalogueCopy } from './microfilm-views.js';

/*
 * The page of one catalogue file (hồ sơ), whether or not it has a backup copy yet: its TT05
 * description, documents, holdings and inspections, its backup object with the copies per site
 * and their last verification, its microfilm copies (analogue backup copies), its PREMIS history,
 * and what the principal can do next. A file outside
 * the principal's units or above their levels does not exist for them (DP-FILE-UNKNOWN).
 */

export type RecordAction = 'make-backup' | 'add-version' | 'view-copies' | 'run-audit' | 'read-content';

export interface RecordPageView {
  file: { code: string; title: string; mode: AccessMode; fields: LabelledField[] };
  fonds: { code: string; name: string; unitId: string | null } | null;
  unit: { id: string; name: string | null } | null;
  documents: Array<{
    id: string;
    ordinal: number | null;
    kind: string;
    title: string;
    mode: AccessMode;
    /** The principal may view its content (level; a reader's 02 needs an approved request) and a backup copy holds it. */
    canView: boolean;
    fields: LabelledField[];
  }>;
  holdings: Holding[];
  inspections: Inspection[];
  backup: {
    objectId: string;
    head: number;
    createdAt: string;
    updatedAt: string;
    copies: Array<{
      site: string;
      region: string | null;
      medium: string | null;
      version: number;
      status: CopyStatus;
      verifiedAt: string | null;
    }>;
    versions: Array<{ version: number; created: string; message: string; files: number; bytes: number }>;
  } | null;
  /** Microfilm copies holding the file (analogue backup copies), beside the digital ones. */
  analogueCopies: AnalogueCopy[];
  events: Array<{ id: string; type: string; typeLabel: Bilingual; dateTime: string; outcome: string; detail: string; site: string | null }>;
  openIncidents: number;
  actions: RecordAction[];
}

const unknownFile = (code: string) => notFoundError('DP-FILE-UNKNOWN', `Không có hồ sơ "${code}".`, `No file "${code}".`);

async function unitName(ctx: Context, unitId: string): Promise<string | null> {
  const versions = await ctx.catalogue.units.history(unitId).catch(() => []);
  return versions.at(-1)?.name ?? null;
}

/** The record page; the view (or its refusal) goes into the access log like every read of a record (Decree 113 Art. 22). */
export async function readRecordPage(ctx: Context, principal: Principal | undefined, code: string, ip = ''): Promise<RecordPageView> {
  const scope = new RecordScope(ctx.catalogue, principal);
  const records = ctx.catalogue.records;
  const file = await records.getFile(code);
  if (!file) throw unknownFile(code);
  const fonds = file.fondsCode ? await records.getFonds(file.fondsCode) : undefined;
  const unitId = fonds?.unitId ?? null;
  const visible = await scope.fileVisible(file);
  await recordAccess(ctx, {
    principal,
    action: 'view',
    recordKind: 'file',
    recordCode: file.code,
    unitId,
    ip,
    outcome: visible ? 'allowed' : 'denied',
  });
  if (!visible) throw unknownFile(code);
  const object = await ctx.catalogue.getObjectByFileCode(file.code);
  const backedUp = object !== undefined && object.head > 0;
  const fileMode = effectiveFileMode(file.fields.mode);

  const documents = (await records.listDocuments(file.code))
    .map((d) => ({ d, mode: effectiveDocumentMode(d.fields.mode, file.fields.mode) }))
    .filter(({ mode }) => mayRead(scope.levels, mode))
    .map(({ d, mode }) => ({
      id: d.id,
      ordinal: d.ordinal,
      kind: d.kind,
      title: d.fields.subject ?? d.fields.title ?? d.fields.description ?? d.id,
      mode,
      // Reading requests (khai thác) do not exist yet: no request is approved.
      canView: backedUp && mayReadContent(principal, mode, false),
      fields: labelFields(d.kind === 'doc' ? 'aip-doc' : d.kind, d.fields),
    }));

  const sites = new Map((await ctx.catalogue.listSites()).map((s) => [s.name, s]));
  const copies = object ? await ctx.catalogue.listCopies(object.id) : [];
  const allowed = (action: Parameters<typeof decide>[1]) => principal !== undefined && decide(principal, action).allow;
  const actions: RecordAction[] = [];
  if (allowed('objects.ingest')) actions.push(backedUp ? 'add-version' : 'make-backup');
  if (backedUp && allowed('objects.read')) actions.push('view-copies');
  if (backedUp && allowed('audits.run')) actions.push('run-audit');
  if (documents.some((d) => d.canView)) actions.push('read-content');

  return {
    file: { code: file.code, title: file.title, mode: fileMode, fields: labelFields('aip-hoso', file.fields) },
    fonds: fonds ? { code: fonds.code, name: fonds.name, unitId } : null,
    unit: unitId ? { id: unitId, name: await unitName(ctx, unitId) } : null,
    documents,
    holdings: fonds ? (await records.listHoldings(fonds.code)).filter((h) => h.fileCode === file.code) : [],
    inspections: await records.listInspections('file', file.code),
    backup: object
      ? {
          objectId: object.id,
          head: object.head,
          createdAt: object.createdAt,
          updatedAt: object.updatedAt,
          copies: copies.map((c) => ({
            site: c.site,
            region: sites.get(c.site)?.region ?? null,
            medium: sites.get(c.site)?.medium ?? null,
            version: c.version,
            status: c.status,
            verifiedAt: c.verifiedAt,
          })),
          versions: (await ctx.catalogue.listVersions(object.id)).map((v) => ({
            version: v.version,
            created: v.created,
            message: v.message,
            files: v.files,
            bytes: v.bytes,
          })),
        }
      : null,
    analogueCopies: await analogueCopiesOf(ctx, principal, file.code),
    events: object
      ? (await ctx.catalogue.listEvents({ objectId: object.id })).map((e) => ({
          id: e.id,
          type: e.type,
          typeLabel: eventTypeLabel(e.type),
          dateTime: e.dateTime,
          outcome: e.outcome,
          detail: e.detail,
          site: e.site,
        }))
      : [],
    openIncidents: object ? (await ctx.catalogue.listIncidents({ open: true, objectId: object.id })).length : 0,
    actions,
  };
}
