import { decide, inScope, type Action, type Catalogue, type Principal, type SelectableKind } from '@duphong/core';
import { forbiddenError } from '../errors.js';

/*
 * Who may act on selection records. The HTTP layer passes the signed-in principal; the CLI, run by
 * the operator on the server itself, passes none and acts on everything (as before access control).
 * Out of scope reads like "does not exist" (nothing leaked); a missing right is a plain refusal.
 */

/** Whether `principal` (if any) sees a record of `unitId`. */
export const sees = (principal: Principal | undefined, unitId: string | null | undefined): boolean =>
  principal === undefined || inScope(principal, unitId);

const ACTION_WORDS: Partial<Record<Action, { vi: string; en: string }>> = {
  'selection.write': { vi: 'lập và sửa danh mục dự phòng', en: 'draft and edit backup lists' },
  'selection.approve': { vi: 'phê duyệt hoặc trả lại danh mục dự phòng', en: 'approve or return backup lists' },
};

/** Refuse (403) when the principal's roles do not grant `action`. */
export function requireRight(principal: Principal | undefined, action: Action): void {
  if (principal === undefined || decide(principal, action).allow) return;
  const words = ACTION_WORDS[action] ?? { vi: action, en: action };
  throw forbiddenError(
    'DP-FORBIDDEN',
    `Vai trò của bạn không được ${words.vi}. Hãy nhờ người có quyền này.`,
    `Your role may not ${words.en}. Ask someone who may.`,
  );
}

/** Who a step is recorded as: the signed-in user's name, never what a request body claims. */
export const actorName = (principal: Principal | undefined, by: string | undefined): string => principal?.username ?? by ?? '';

/** The unit a fonds, file or document belongs to (through its fonds), or null when it names none or is not described. */
export async function recordUnit(c: Catalogue, kind: SelectableKind, code: string): Promise<string | null> {
  let fondsCode: string | null | undefined;
  if (kind === 'fonds') fondsCode = code;
  else if (kind === 'file') fondsCode = (await c.records.getFile(code))?.fondsCode;
  else {
    const doc = await c.records.getDocument(code);
    fondsCode = doc && (await c.records.getFile(doc.fileCode))?.fondsCode;
  }
  if (!fondsCode) return null;
  return (await c.records.getFonds(fondsCode))?.unitId ?? null;
}
