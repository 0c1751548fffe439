import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import { DuphongError, unavailableError } from '../errors.js';
import type { HandoverPeerClient, ItemOutcome, ManifestAnswer } from '../ports/handover-peer.js';

/*
 * The receiving instance over HTTP (decision 0028), with `Authorization: Bearer <token>` of an
 * account on it. Its refusals ({error:{code, message}}) come back as DuphongError with its code;
 * a refused connection, a reset or a 5xx means "not now" (unavailable, exit 4: run again later).
 */

const KIND_OF_STATUS = (status: number): 'request' | 'integrity' | 'unavailable' =>
  status >= 500 ? 'unavailable' : status === 422 ? 'integrity' : 'request';

export function httpHandoverPeer(baseUrl: string, token: string): HandoverPeerClient {
  const base = baseUrl.replace(/\/+$/, '');
  const down = (error: unknown): never => {
    throw unavailableError(
      'DP-HANDOVER-PEER-UNREACHABLE',
      `Không kết nối được hệ thống nhận ${base}: ${(error as Error).message}. Không mất gì; chạy lại lệnh sau.`,
      `Cannot reach the receiving instance ${base}: ${(error as Error).message}. Nothing was lost; run the command again later.`,
      { cause: error },
    );
  };
  async function call<T>(method: string, path: string, init: { json?: unknown; body?: Readable; size?: number } = {}): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
    let body: unknown;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    } else if (init.body) {
      headers['content-type'] = 'application/octet-stream';
      headers['content-length'] = String(init.size);
      body = Readable.toWeb(init.body);
    }
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, { method, headers, ...(body !== undefined && { body, duplex: 'half' }) } as RequestInit);
    } catch (error) {
      return down(error);
    }
    const text = await response.text().catch((error: unknown) => down(error));
    const parsed = (() => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    })();
    if (!response.ok) {
      const e = (parsed as { error?: { code?: string; message?: string } } | undefined)?.error;
      const message = e?.message ?? `HTTP ${response.status}`;
      throw new DuphongError(
        KIND_OF_STATUS(response.status),
        e?.code ?? 'DP-HANDOVER-PEER-REFUSED',
        `Hệ thống nhận trả lời: ${message}`,
        `The receiving instance answered: ${message}`,
      );
    }
    return parsed as T;
  }
  return {
    async instanceId() {
      return (await call<{ instanceId: string }>('GET', '/api/instance')).instanceId;
    },
    sendManifest: (envelope) => call<ManifestAnswer>('POST', '/api/handovers/incoming', { json: envelope }),
    sendItem: (handover, n, path, size) =>
      call<ItemOutcome>('PUT', `/api/handovers/incoming/${encodeURIComponent(handover)}/objects/${n}`, {
        body: createReadStream(path),
        size,
      }),
    finish: (handover) => call<unknown>('POST', `/api/handovers/incoming/${encodeURIComponent(handover)}/finish`, { json: {} }),
  };
}
