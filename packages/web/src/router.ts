import { useEffect, useState } from 'react';

// Hash routes keep the server's SPA fallback trivial and make every page bookmarkable.

export type Route =
  | { page: 'overview' }
  | { page: 'objects' }
  | { page: 'catalogue' }
  | { page: 'object'; code: string }
  | { page: 'audits' }
  | { page: 'incidents' }
  | { page: 'codeLists'; listId?: string }
  | { page: 'search'; query: string }
  | { page: 'selection' }
  | { page: 'backupList'; id: string }
  | { page: 'sites' }
  | { page: 'reading' }
  | { page: 'requests' }
  | { page: 'units' }
  | { page: 'users' }
  | { page: 'tokens' }
  | { page: 'accessLog' }
  | { page: 'intake' }
  | { page: 'catalogueImport' }
  | { page: 'digitisation' }
  | { page: 'digitisationBatch'; id: string }
  | { page: 'digitisationReview' }
  | { page: 'microfilm' }
  | { page: 'reports' }
  | { page: 'portal' };

export function parseRoute(hash: string): Route {
  const [first, second] = hash.replace(/^#\/?/, '').split('/');
  if (first === 'ho-so' && second) return { page: 'object', code: decodeURIComponent(second) };
  if (first === 'ho-so') return { page: 'objects' };
  if (first === 'muc-luc') return { page: 'catalogue' };
  if (first === 'kiem-tra') return { page: 'audits' };
  if (first === 'lua-chon' && second) return { page: 'backupList', id: decodeURIComponent(second) };
  if (first === 'lua-chon') return { page: 'selection' };
  if (first === 'site') return { page: 'sites' };
  if (first === 'su-co') return { page: 'incidents' };
  if (first === 'tim-kiem') return { page: 'search', query: second ? decodeURIComponent(second) : '' };
  if (first === 'tiep-nhan') return { page: 'intake' };
  if (first === 'nhap-muc-luc') return { page: 'catalogueImport' };
  if (first === 'so-hoa' && second) return { page: 'digitisationBatch', id: decodeURIComponent(second) };
  if (first === 'so-hoa') return { page: 'digitisation' };
  if (first === 'xem-xet-so-hoa') return { page: 'digitisationReview' };
  if (first === 'vi-phim') return { page: 'microfilm' };
  if (first === 'bao-cao') return { page: 'reports' };
  if (first === 'khai-thac') return { page: 'reading' };
  if (first === 'yeu-cau-khai-thac') return { page: 'requests' };
  if (first === 'don-vi') return { page: 'units' };
  if (first === 'nguoi-dung') return { page: 'users' };
  if (first === 'ma-truy-cap') return { page: 'tokens' };
  if (first === 'nhat-ky-truy-cap') return { page: 'accessLog' };
  if (first === 'cong-tra-cuu') return { page: 'portal' };
  if (first === 'danh-muc') return second ? { page: 'codeLists', listId: decodeURIComponent(second) } : { page: 'codeLists' };
  return { page: 'overview' };
}

export function href(route: Route): string {
  switch (route.page) {
    case 'overview':
      return '#/';
    case 'objects':
      return '#/ho-so';
    case 'object':
      return `#/ho-so/${encodeURIComponent(route.code)}`;
    case 'catalogue':
      return '#/muc-luc';
    case 'audits':
      return '#/kiem-tra';
    case 'incidents':
      return '#/su-co';
    case 'search':
      return route.query ? `#/tim-kiem/${encodeURIComponent(route.query)}` : '#/tim-kiem';
    case 'selection':
      return '#/lua-chon';
    case 'backupList':
      return `#/lua-chon/${encodeURIComponent(route.id)}`;
    case 'sites':
      return '#/site';
    case 'reading':
      return '#/khai-thac';
    case 'requests':
      return '#/yeu-cau-khai-thac';
    case 'units':
      return '#/don-vi';
    case 'users':
      return '#/nguoi-dung';
    case 'tokens':
      return '#/ma-truy-cap';
    case 'accessLog':
      return '#/nhat-ky-truy-cap';
    case 'intake':
      return '#/tiep-nhan';
    case 'catalogueImport':
      return '#/nhap-muc-luc';
    case 'digitisation':
      return '#/so-hoa';
    case 'digitisationBatch':
      return `#/so-hoa/${encodeURIComponent(route.id)}`;
    case 'digitisationReview':
      return '#/xem-xet-so-hoa';
    case 'microfilm':
      return '#/vi-phim';
    case 'reports':
      return '#/bao-cao';
    case 'portal':
      return '#/cong-tra-cuu';
    case 'codeLists':
      return route.listId ? `#/danh-muc/${encodeURIComponent(route.listId)}` : '#/danh-muc';
  }
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
