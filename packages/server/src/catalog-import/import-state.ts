import type { ImportFinding } from '@duphong/core';
import type { Change } from './record-merge.js';

export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** CONTRACT.md's `catalog import --json`, plus the change counts and what was (not) written. */
export interface ImportResult {
  /** Fonds, files and documents taken from the sheet (written, or that would be with --dry-run). */
  fonds: number;
  files: number;
  documents: number;
  findings: ImportFinding[];
  /** Files and documents: new, changed, identical to what the catalogue had. */
  counts: ChangeCounts;
  fondsCounts: ChangeCounts;
  /** Files' holdings written from a “Hộp số” column (the box of each file). */
  holdingCounts: ChangeCounts;
  fondsCodes: string[];
  /** Data rows read, and those refused for an error. */
  rows: number;
  rejected: number;
  errors: number;
  warnings: number;
  /** Findings beyond the cap are counted here, not listed. */
  findingsOmitted: number;
  dryRun: boolean;
  written: boolean;
}

/** Mutable tally of one import run. Findings are capped so a sheet full of warnings stays small. */
export class ImportState {
  readonly result: ImportResult;
  readonly knownFiles = new Set<string>();
  readonly knownFonds = new Set<string>();

  constructor(
    dryRun: boolean,
    private readonly maxFindings: number,
  ) {
    const zero = () => ({ created: 0, updated: 0, unchanged: 0 });
    this.result = {
      fonds: 0,
      files: 0,
      documents: 0,
      findings: [],
      counts: zero(),
      fondsCounts: zero(),
      holdingCounts: zero(),
      fondsCodes: [],
      rows: 0,
      rejected: 0,
      errors: 0,
      warnings: 0,
      findingsOmitted: 0,
      dryRun,
      written: false,
    };
  }

  report(...findings: ImportFinding[]): void {
    for (const f of findings) {
      if (f.severity === 'error') this.result.errors++;
      else this.result.warnings++;
      if (this.result.findings.length < this.maxFindings) this.result.findings.push(f);
      else this.result.findingsOmitted++;
    }
  }

  count(kind: 'file' | 'document' | 'fonds' | 'holding', change: Change): void {
    if (kind === 'holding') {
      this.result.holdingCounts[change]++;
      return;
    }
    if (kind === 'fonds') this.result.fondsCounts[change]++;
    else this.result.counts[change]++;
    if (kind === 'file') this.result.files++;
    else if (kind === 'document') this.result.documents++;
    else this.result.fonds++;
  }
}
