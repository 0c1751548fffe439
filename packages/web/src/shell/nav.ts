import type { Action } from '@duphong/core';
import type { MessageKey } from '../i18n.js';
import type { Route } from '../router.js';

/*
 * The side navigation: groups of pages, each shown only to roles whose policy grants the action
 * its API needs (the server refuses the rest anyway; hiding them keeps the screen honest).
 * Add a page here, in router.ts and in App.tsx's Page switch.
 */
export interface NavItem {
  route: Route;
  label: MessageKey;
  /** Pages that light this item up (a list and its detail page). */
  pages: Route['page'][];
  action: Action;
}

export interface NavGroup {
  label: MessageKey | null;
  items: NavItem[];
}

export const NAV: NavGroup[] = [
  {
    label: null,
    items: [{ route: { page: 'overview' }, label: 'nav.overview', pages: ['overview'], action: 'objects.read' }],
  },
  {
    label: 'navGroup.records',
    items: [
      { route: { page: 'search', query: '' }, label: 'nav.search', pages: ['search'], action: 'catalogue.read' },
      { route: { page: 'catalogue' }, label: 'nav.catalogue', pages: ['catalogue'], action: 'catalogue.read' },
      { route: { page: 'objects' }, label: 'nav.objects', pages: ['objects', 'object'], action: 'objects.read' },
      { route: { page: 'intake' }, label: 'nav.intake', pages: ['intake'], action: 'objects.ingest' },
      { route: { page: 'catalogueImport' }, label: 'nav.catalogueImport', pages: ['catalogueImport'], action: 'catalogue.write' },
      { route: { page: 'digitisation' }, label: 'nav.digitisation', pages: ['digitisation', 'digitisationBatch'], action: 'digitise' },
      { route: { page: 'digitisationReview' }, label: 'nav.digitisationReview', pages: ['digitisationReview'], action: 'digitise' },
      { route: { page: 'microfilm' }, label: 'nav.microfilm', pages: ['microfilm'], action: 'objects.read' },
      { route: { page: 'selection' }, label: 'nav.selection', pages: ['selection', 'backupList'], action: 'selection.read' },
      { route: { page: 'reading' }, label: 'nav.reading', pages: ['reading'], action: 'requests.create' },
      { route: { page: 'requests' }, label: 'nav.requests', pages: ['requests'], action: 'requests.decide' },
    ],
  },
  {
    label: 'navGroup.safekeeping',
    items: [
      { route: { page: 'audits' }, label: 'nav.audits', pages: ['audits'], action: 'audits.read' },
      { route: { page: 'incidents' }, label: 'nav.incidents', pages: ['incidents'], action: 'incidents.read' },
      { route: { page: 'sites' }, label: 'nav.sites', pages: ['sites'], action: 'sites.read' },
      { route: { page: 'reports' }, label: 'nav.reports', pages: ['reports'], action: 'reports.read' },
      { route: { page: 'portal' }, label: 'nav.portal', pages: ['portal'], action: 'portal.read' },
    ],
  },
  {
    label: 'navGroup.administration',
    items: [
      { route: { page: 'codeLists' }, label: 'nav.codeLists', pages: ['codeLists'], action: 'codelists.read' },
      { route: { page: 'units' }, label: 'nav.units', pages: ['units'], action: 'units.read' },
      { route: { page: 'users' }, label: 'nav.users', pages: ['users'], action: 'users.manage' },
      { route: { page: 'accessLog' }, label: 'nav.accessLog', pages: ['accessLog'], action: 'accesslog.read' },
      { route: { page: 'tokens' }, label: 'nav.tokens', pages: ['tokens'], action: 'session' },
    ],
  },
];
