/**
 * The kinds of background job and what each carries: the one list every enqueuer, the worker
 * and the API share (server/src/jobs/registry.ts maps each kind to its handler). A stored job's
 * `kind` stays a string, since a catalogue may hold a kind this version does not know.
 */
export const JOB_KINDS = ['replicate', 'audit', 'ingest', 'digitise', 'codelist-pull', 'harvest'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export interface JobPayloads {
  /** Bring one site's copy of an object up to the head version. */
  replicate: { objectId: string; site: string };
  /** An audit run: every object (`all`), one site's copies, or what is due. */
  audit: { all?: boolean; site?: string };
  /** Take in what was uploaded (a SIP or a folder of scans), staged as HOME/intake/<intake>/. */
  ingest: { intake: string };
  /** Run a digitisation batch: check, convert to PDF/A with OCR, package (resumable). */
  digitise: { batchId: string };
  /** Pull the shared code lists from the upstream (decision 0029); retried with backoff when it is down. */
  'codelist-pull': Record<string, never>;
  /** The national portal's OAI-PMH harvest: every peer with "harvest": true, or one (decision 0027). */
  harvest: { peer?: string };
}

export function isJobKind(kind: string): kind is JobKind {
  return (JOB_KINDS as readonly string[]).includes(kind);
}
