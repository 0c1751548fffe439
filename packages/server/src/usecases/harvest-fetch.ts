import { unavailableError } from '../errors.js';

/** One OAI-PMH page at most this big: a page is read whole, so memory is bounded by it, not the list. */
export const MAX_PAGE_BYTES = 32 * 1024 * 1024;
const TIMEOUT_MS = 120_000;

/**
 * GET one OAI-PMH request of a peer (`{url}/oai?…`), with its Bearer token when configured.
 * A peer that cannot be reached, answers 5xx or 429, or sends more than MAX_PAGE_BYTES is
 * "not possible right now" (DP-HARVEST-UNAVAILABLE, exit 4): the harvest keeps its place.
 */
export async function fetchOaiPage(baseUrl: string, params: Record<string, string>, token: string | undefined): Promise<string> {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/oai`);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: 'text/xml, application/xml', ...(token !== undefined && { authorization: `Bearer ${token}` }) },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      redirect: 'error',
    });
  } catch (error) {
    throw unavailable(
      `không kết nối được ${url.origin}: ${(error as Error).message}`,
      `cannot reach ${url.origin}: ${(error as Error).message}`,
      error,
    );
  }
  if (response.status >= 500 || response.status === 429 || response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    throw unavailable(`${url.origin} trả lời HTTP ${response.status}`, `${url.origin} answered HTTP ${response.status}`);
  }
  return readCapped(response, url.origin);
}

async function readCapped(response: Response, origin: string): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_PAGE_BYTES) {
        await reader.cancel();
        throw unavailable(
          `một trang OAI-PMH của ${origin} lớn quá ${MAX_PAGE_BYTES} byte`,
          `an OAI-PMH page of ${origin} exceeds ${MAX_PAGE_BYTES} bytes`,
        );
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof Error && error.name === 'DuphongError') throw error;
    throw unavailable(`kết nối tới ${origin} bị ngắt giữa trang`, `connection to ${origin} broke mid-page`, error);
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks));
}

const unavailable = (vi: string, en: string, cause?: unknown) =>
  unavailableError(
    'DP-HARVEST-UNAVAILABLE',
    `Thu thập OAI-PMH: ${vi}. Lần sau sẽ tiếp tục từ chỗ dừng.`,
    `OAI-PMH harvest: ${en}. The next run resumes where it stopped.`,
    {
      ...(cause !== undefined && { cause }),
    },
  );
