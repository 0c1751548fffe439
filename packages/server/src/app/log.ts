import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { isoVietnam } from '@duphong/core';

import type { Logger } from '../ports/logger.js';

export type { Logger } from '../ports/logger.js';

/** JSON lines in HOME/logs/duphong.log: operators grep it, support reads it. */
export function fileLogger(home: string): Logger {
  const dir = join(home, 'logs');
  const file = join(dir, 'duphong.log');
  const write = (level: string, message: string, data?: Record<string, unknown>) => {
    try {
      if (!existsSync(home)) return; // never create a home just to log that it is missing
      mkdirSync(dir, { recursive: true });
      appendFileSync(file, `${JSON.stringify({ at: isoVietnam(new Date()), level, pid: process.pid, message, ...data })}\n`);
    } catch {
      // Logging must never break the operation it describes.
    }
  };
  return {
    file,
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

export const silentLogger: Logger = { file: undefined, info() {}, warn() {}, error() {} };
