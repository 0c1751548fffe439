import { z } from 'zod';
import type { FastifyRequest } from 'fastify';
import { READER_LEVELS, type AccessMode } from '@duphong/core';
import { parseModes } from '../usecases/search.js';
import { isLoopback } from './auth.js';

/*
 * ACCESS LEVELS — TEMPORARY, like auth.ts: there are no accounts yet. A request sees levels 01–02
 * (public and conditional use) by default; `levels` (e.g. `01,02,03` for the archive's staff) is
 * honoured only from the loopback interface, i.e. someone already on the server. Remote clients
 * (DUPHONG_ALLOW_REMOTE=1) always get 01–02. Search and every record read take their levels from
 * here; the access-control issue replaces this with roles.
 */
export const HTTP_DEFAULT_LEVELS = READER_LEVELS.authorised;

export const levelsQuery = z.string().optional().describe('Mức được xem (01,02,03); chỉ có hiệu lực với kết nối từ chính máy chủ');

/** The access levels of this request's reader. */
export function readerLevels(request: FastifyRequest, levels: string | undefined): AccessMode[] {
  return levels !== undefined && isLoopback(request.ip) ? parseModes(levels, 'levels') : [...HTTP_DEFAULT_LEVELS];
}
