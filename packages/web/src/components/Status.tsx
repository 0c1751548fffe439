import type { ApiData } from '../api/client.js';

export type CopyStatus = ApiData<'/api/objects/{code}/copies', 'get'>['copies'][number]['status'];
import { useI18n } from '../i18n.js';

export function StatusBadge({ status }: { status: CopyStatus }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge-${status}`} data-status={status} title={status}>
      {t(`status.${status}`)}
    </span>
  );
}

export function OnlineBadge({ online }: { online: boolean }) {
  const { t } = useI18n();
  return <span className={`badge ${online ? 'badge-ok' : 'badge-damaged'}`}>{online ? t('yes') : t('no')}</span>;
}

/** "3 Tốt · 1 Hư hỏng": only the statuses that occur. */
export function CopyCounts({ counts }: { counts: Record<CopyStatus, number> }) {
  const { t } = useI18n();
  const parts = (['ok', 'pending', 'damaged', 'missing'] as const).filter((s) => counts[s] > 0);
  if (parts.length === 0) return <span className="muted">{t('none')}</span>;
  return (
    <span className="counts">
      {parts.map((s) => (
        <span key={s} className={`badge badge-${s}`} data-status={s}>
          {counts[s]} {t(`status.${s}`)}
        </span>
      ))}
    </span>
  );
}
