import type { Principal } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { conflictError } from '../errors.js';
import { exportDip, type ExportDipResult } from './export-dip.js';
import { getReadingRequest, requestedRecord } from './reading-requests.js';
import { recordAccess } from './access-log.js';
import { recordUnit } from './selection-access.js';

/**
 * The DIP of an approved request, for its requester only (anyone else: DP-REQUEST-UNKNOWN, as for
 * a request that does not exist). The record is checked again: a record raised to level 03 or
 * moved out of the reader's units since the approval is no longer handed out. The DIP is the
 * `export dip` of the file (level-03 documents withheld), its request description naming the
 * reader and the purpose; the dissemination is a PREMIS event of the object.
 */
export async function readingRequestDip(ctx: Context, principal: Principal, id: string, outDir: string, ip = ''): Promise<ExportDipResult> {
  // The download goes into the access log (Decree 113 Art. 22), handed out or refused.
  const log = (recordKind: string, recordCode: string, unitId: string | null, outcome: 'allowed' | 'denied') =>
    recordAccess(ctx, { principal, action: 'download', recordKind, recordCode, unitId, ip, outcome });
  try {
    const dip = await dipOfRequest(ctx, principal, id, outDir);
    await log('file', dip.fileCode, await recordUnit(ctx.catalogue, 'file', dip.fileCode), 'allowed');
    return dip;
  } catch (e) {
    await log('reading-request', id, null, 'denied');
    throw e;
  }
}

async function dipOfRequest(ctx: Context, principal: Principal, id: string, outDir: string): Promise<ExportDipResult> {
  const request = await getReadingRequest(ctx, principal, id);
  if (request.requesterId !== principal.userId)
    throw conflictError(
      'DP-REQUEST-NOT-YOURS',
      'Chỉ người gửi yêu cầu mới tải được gói DIP của yêu cầu này.',
      'Only the requester can download the DIP of this request.',
    );
  if (request.state !== 'approved')
    throw conflictError(
      'DP-REQUEST-NOT-APPROVED',
      request.state === 'expired'
        ? 'Yêu cầu khai thác đã hết hạn; hãy gửi yêu cầu mới.'
        : 'Yêu cầu khai thác chưa được duyệt, chưa tải được gói DIP.',
      request.state === 'expired' ? 'The request has expired; send a new one.' : 'The request is not approved; no DIP yet.',
    );
  if (request.recordKind !== 'file')
    throw conflictError(
      'DP-REQUEST-DIP-FILE',
      'Gói DIP được cấp cho yêu cầu khai thác cả hồ sơ; tài liệu đã duyệt được xem trực tiếp trong trình duyệt.',
      'A DIP is given for requests of a whole file; an approved document is viewed in the browser.',
    );
  await requestedRecord(ctx, principal, request.recordKind, request.recordCode);
  const object = await ctx.catalogue.getObjectByFileCode(request.fileCode);
  if (!object || object.head === 0)
    throw conflictError(
      'DP-REQUEST-NO-COPY',
      `Hồ sơ "${request.fileCode}" chưa được số hóa và sao lưu; lưu trữ viên sẽ chuẩn bị bản số.`,
      `File "${request.fileCode}" has no digital copy yet; the archive will prepare it.`,
    );
  return exportDip(ctx, request.fileCode, outDir, { requester: principal.username, purpose: request.purpose });
}
