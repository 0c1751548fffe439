import { DetailedError, Upload } from 'tus-js-client';
import { sessionHeaders } from './api/client.js';

/*
 * Resumable uploads to the server's tus 1.0 endpoint (/api/uploads/). tus-js-client retries a
 * broken PATCH after asking the server (HEAD) where it stopped, and keeps each file's upload URL
 * in localStorage under a fingerprint, so a reload of the page resumes instead of starting over.
 */

export const UPLOAD_ENDPOINT = '/api/uploads/';
/** Waits between retries after a broken connection; then the user sees the error and may resume. */
const RETRY_DELAYS = [0, 1000, 3000, 5000, 10000];

export interface FileProgress {
  name: string;
  sent: number;
  total: number;
  id?: string;
  error?: UploadFailure;
}

export interface UploadFailure {
  status: number;
  code: string;
  message: string;
  /** The path of the file whose upload failed. */
  file?: string;
}

/** The path a file is sent under: its place inside the chosen folder, or its name. */
export const pathOf = (file: File): string => (file.webkitRelativePath || file.name).normalize('NFC');

/** The server's `{error:{code,message}}` of a failed tus request, or the network failure. */
function failureOf(err: Error): UploadFailure {
  if (err instanceof DetailedError && err.originalResponse) {
    const status = err.originalResponse.getStatus();
    try {
      const body = JSON.parse(err.originalResponse.getBody()) as { error?: { code?: string; message?: string } };
      return { status, code: body.error?.code ?? `HTTP-${status}`, message: body.error?.message ?? '' };
    } catch {
      return { status, code: `HTTP-${status}`, message: '' };
    }
  }
  return { status: 0, code: 'DP-UPLOAD-NETWORK', message: err.message };
}

/** One file's upload, started (or resumed from a stored fingerprint) by `start`. */
export class FileUpload {
  private upload: Upload;
  private settled!: Promise<string>;

  constructor(
    readonly file: File,
    onProgress: (sent: number, total: number) => void,
  ) {
    const path = pathOf(file);
    const folder = path.includes('/') ? path : undefined;
    let resolve!: (id: string) => void;
    let reject!: (e: UploadFailure) => void;
    this.settled = new Promise<string>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    this.upload = new Upload(file, {
      endpoint: UPLOAD_ENDPOINT,
      retryDelays: RETRY_DELAYS,
      chunkSize: 8 * 1024 * 1024,
      metadata: { filename: file.name.normalize('NFC'), ...(folder && { relativePath: folder }) },
      storeFingerprintForResuming: true,
      removeFingerprintOnSuccess: true,
      // Two files of one name in different folders are different uploads.
      fingerprint: async (f) => ['duphong', pathOf(f as File), (f as File).size, (f as File).lastModified].join('|'),
      onBeforeRequest: (req) => {
        for (const [k, v] of Object.entries(sessionHeaders())) req.setHeader(k, v);
      },
      // A refused upload (too large, bad name, no permission) will not succeed by retrying.
      onShouldRetry: (err) => {
        const status = err instanceof DetailedError ? (err.originalResponse?.getStatus() ?? 0) : 0;
        return status === 0 || status >= 500 || status === 409 || status === 423;
      },
      onProgress,
      onSuccess: () => resolve(idOf(this.upload.url)),
      onError: (err) => reject(failureOf(err)),
    });
  }

  /** Starts, resuming from the offset the server reports when this file was sent before. */
  async start(): Promise<string> {
    const previous = await this.upload.findPreviousUploads();
    if (previous[0]) this.upload.resumeFromPreviousUpload(previous[0]);
    this.upload.start();
    return this.settled;
  }

  pause(): void {
    void this.upload.abort();
  }

  resume(): void {
    this.upload.start();
  }
}

const idOf = (url: string | null): string => decodeURIComponent((url ?? '').replace(/\/+$/, '').split('/').pop() ?? '');
