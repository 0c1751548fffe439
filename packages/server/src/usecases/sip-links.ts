import { AIP, packageFinding, type PackageFinding } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { fondsOf, readHeadAip } from '../aip/head-documents.js';
import type { SipDocument, SipRead } from '../package/sip-read.js';

export interface LinkedDocument {
  document: SipDocument & { fetchTarget: string };
  /** `urn_{fonds}_{uuid of the AIP holding it}_{path in that AIP}`. */
  target: string;
  size: number;
}

/**
 * Resolve each linked document of a SIP (`.fetch.txt` holding a document id submitted earlier) to
 * the AIP that keeps it, only within the same fonds. Unresolved or cross-fonds links refuse the SIP.
 */
export async function resolveLinkedDocuments(
  ctx: Context,
  sip: SipRead,
  fileCode: string,
): Promise<{ documents: LinkedDocument[]; findings: PackageFinding[] }> {
  const documents: LinkedDocument[] = [];
  const findings: PackageFinding[] = [];
  for (const d of sip.documents) {
    if (!d.holey) continue;
    const docId = d.fetchTarget?.split(/\s+/)[0] ?? '';
    if (docId === '') {
      findings.push(packageFinding('DP-TT05-FETCH-EMPTY', 'error', 'Tệp .fetch.txt không ghi mã tài liệu được tham chiếu', d.entry));
      continue;
    }
    const parentCode = docId.includes('.') ? docId.slice(0, docId.lastIndexOf('.')) : docId;
    const holder = (await ctx.catalogue.getObjectByFileCode(parentCode)) ?? (await ctx.catalogue.getObjectByFileCode(fileCode));
    const files = holder && holder.head > 0 ? await ctx.catalogue.listVersionFiles(holder.id, holder.head) : [];
    const found = files.find((f) => f.logicalPath.startsWith(`${AIP.repData}${docId}.`) && !f.logicalPath.endsWith('.fetch.txt'));
    if (!holder || !found) {
      findings.push(
        packageFinding(
          'DP-TT05-FETCH-UNRESOLVED',
          'error',
          `Tài liệu liên kết "${docId}" chưa có trong kho (chưa được nộp trước đó)`,
          d.entry,
        ),
      );
      continue;
    }
    const fonds = holder.fileCode === fileCode ? sip.fondsCode : fondsOf((await readHeadAip(ctx, holder.id, holder.head)).root);
    if (sip.fondsCode && fonds && fonds !== sip.fondsCode) {
      findings.push(
        packageFinding(
          'DP-TT05-FETCH-FONDS',
          'error',
          `Tài liệu liên kết "${docId}" thuộc phông ${fonds}, khác phông của gói (${sip.fondsCode})`,
          d.entry,
        ),
      );
      continue;
    }
    const uuid = holder.id.slice(holder.id.lastIndexOf(':') + 1);
    documents.push({
      document: { ...d, fetchTarget: docId },
      target: `urn_${sip.fondsCode ?? fonds ?? ''}_${uuid}_${found.logicalPath}`,
      size: found.size,
    });
  }
  return { documents, findings };
}
