import type { Action } from '@duphong/core';
import { useI18n } from '../i18n.js';
import { href, type Route } from '../router.js';
import { NAV } from './nav.js';

/** Grouped page links; only those whose action the user's roles allow. */
export function SideNav({ route, can }: { route: Route; can: (action: Action) => boolean }) {
  const { t } = useI18n();
  return (
    <nav className="side" aria-label={t('navLabel')}>
      {NAV.map((group, i) => {
        const items = group.items.filter((item) => can(item.action));
        if (items.length === 0) return null;
        return (
          <div key={group.label ?? i} className="side-group">
            {group.label && <h2 className="side-title">{t(group.label)}</h2>}
            <ul>
              {items.map((item) => (
                <li key={item.label}>
                  <a href={href(item.route)} aria-current={item.pages.includes(route.page) ? 'page' : undefined}>
                    {t(item.label)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
