import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useI18n } from '../i18n.js';

/** Loading and error states shared by every page; children render once data is there. */
export function DataState<T>({ loaded, children }: { loaded: UseQueryResult<T, Error>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (loaded.error && loaded.data === undefined)
    return (
      <div role="alert" className="notice notice-error">
        <p>
          {t('loadError')}: {loaded.error.message}
        </p>
        <button type="button" onClick={() => void loaded.refetch()}>
          {t('retry')}
        </button>
      </div>
    );
  if (loaded.data === undefined)
    return (
      <p className="muted" aria-live="polite">
        {t('loading')}
      </p>
    );
  return <>{children(loaded.data)}</>;
}
