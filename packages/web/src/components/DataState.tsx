import type { ReactNode } from 'react';
import type { Loaded } from '../api.js';
import { useI18n } from '../i18n.js';

/** Loading and error states shared by every page; children render once data is there. */
export function DataState<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  if (loaded.error && !loaded.data)
    return (
      <div role="alert" className="notice notice-error">
        <p>
          {t('loadError')}: {loaded.error.message}
        </p>
        <button type="button" onClick={loaded.reload}>
          {t('retry')}
        </button>
      </div>
    );
  if (!loaded.data)
    return (
      <p className="muted" aria-live="polite">
        {t('loading')}
      </p>
    );
  return <>{children(loaded.data)}</>;
}
