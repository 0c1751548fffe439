import type { Copy, PremisEvent } from '@duphong/core';
import type { VersionSource } from '../storage/version-source.js';

export type { VersionSource } from '../storage/version-source.js';

export interface WriteVersionRequest {
  fileCode: string;
  title: string;
  sources: VersionSource[];
  /** Events of this version besides the ones every write records. */
  events?: (objectId: string, created: string) => PremisEvent[];
  /** What to call the write in the messages ("thư mục nguồn", "gói SIP", …). */
  origin: string;
  description?: Record<string, string>;
  fondsCode?: string;
  type?: 'Mixed' | 'Collection';
  /** Write a new version even when the content is unchanged (a metadata or layout change). */
  force?: boolean;
  onProgress?: (done: number, total: number, bytes: number) => void;
}

export interface IngestResult {
  object: string;
  fileCode: string;
  version: number;
  unchanged: boolean;
  files: number;
  bytes: number;
  copies: Array<{ site: string; status: Copy['status'] }>;
  policy: { met: boolean; shortfalls: string[] };
}
