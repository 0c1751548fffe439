export const REGIONS = ['bac', 'trung', 'nam'] as const;
export type Region = (typeof REGIONS)[number];
export const REGION_LABELS: Record<Region, string> = { bac: 'Bắc', trung: 'Trung', nam: 'Nam' };

export const MEDIA = ['disk', 'object', 'tape', 'optical'] as const;
export type Medium = (typeof MEDIA)[number];

export const SITE_KINDS = ['fs', 's3'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

/** A storage site: one OCFL storage root on one medium in one region. */
export interface Site {
  name: string;
  kind: SiteKind;
  region: Region;
  medium: Medium;
  online: boolean;
  /** Adapter settings: `path` for fs; `endpoint`, `bucket`, `prefix`, `forcePathStyle` for s3. Never secrets. */
  settings: Record<string, string>;
  createdAt: string;
}

const SITE_NAME = /^[a-z0-9][a-z0-9_-]{0,62}$/;

export function isValidSiteName(name: string): boolean {
  return SITE_NAME.test(name);
}
