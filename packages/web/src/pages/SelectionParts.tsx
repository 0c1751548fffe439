import { useMessages } from '../i18n.js';
import { selectionMessages } from '../i18n/selection.js';

export type ListStatus = 'draft' | 'submitted' | 'approved' | 'returned';

const BADGE: Record<ListStatus, string> = {
  draft: 'badge badge-pending',
  submitted: 'badge badge-pending',
  approved: 'badge badge-ok',
  returned: 'badge badge-missing',
};

/** A list's state in words (Nháp / Đã trình / Đã duyệt / Bị trả lại), never the API's code. */
export function StatusBadge({ status }: { status: ListStatus }) {
  const m = useMessages(selectionMessages);
  return <span className={BADGE[status]}>{m(`status.${status}`)}</span>;
}

/** YYYY-MM-DD or an ISO time as DD/MM/YYYY; DD/MM/YYYY stays as is. */
export function dayOf(text: string | null | undefined): string {
  if (!text) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : text;
}
