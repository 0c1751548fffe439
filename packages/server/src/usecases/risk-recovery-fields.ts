import type { Context } from '../ports/context.js';
import { assessFile } from './backup-list.js';

/** The two TT05 backup fields of a file's EAD (AIP_hoso). */
export interface RiskRecoveryFields {
  riskRecovery: string;
  riskRecoveryStatus: string;
}

/**
 * What a package says about backing up its file: only what the catalogue knows, never a default.
 * - `riskRecovery` (backup regime): 1 when the file is on an approved backup list; otherwise the
 *   file record's own value (from a spreadsheet import or the file's SIP), 0 or 1; else empty
 *   (the field is optional in TT05 and its element is written empty).
 * - `riskRecoveryStatus`: only when the regime is 1 (TT05 requires it then), computed from the real
 *   copies as the catalogue computes it (`assessFile`: 01 only when the policy is met by verified
 *   copies at head), never a status a source claimed. It is the status when the version is made:
 *   a first version is not backed up yet (02); the catalogue's status follows the copies after.
 */
export async function riskRecoveryFields(
  ctx: Context,
  fileCode: string,
  recorded: Readonly<Record<string, string>> = {},
): Promise<RiskRecoveryFields> {
  const listed = (await ctx.catalogue.selection.listApprovedEntries()).some(
    ({ entry }) => entry.recordKind === 'file' && entry.recordCode === fileCode,
  );
  const regime = listed ? '1' : (recorded.riskRecovery ?? '').trim();
  if (regime !== '1') return { riskRecovery: regime === '0' ? '0' : '', riskRecoveryStatus: '' };
  const { status } = await assessFile(ctx, ctx.catalogue, fileCode);
  return { riskRecovery: '1', riskRecoveryStatus: status };
}
