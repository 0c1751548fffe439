import { appendFileSync, existsSync, mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { isoVietnam } from '@duphong/core';

import type { Logger } from '../ports/logger.js';

export type { Logger } from '../ports/logger.js';

/**
 * Where a command's log goes when it has no home to write in (the home does not exist, or its
 * logs/ cannot be written): the user's state folder, as the XDG convention has it.
 */
export function fallbackLogFile(env: NodeJS.ProcessEnv = process.env): string {
  const state = env.XDG_STATE_HOME || join(homedir(), '.local', 'state');
  return join(state, 'duphong', 'duphong.log');
}

/**
 * JSON lines in HOME/logs/duphong.log: operators grep it, support reads it. `file` is the file the
 * last line actually went to (undefined while nothing was written), so a message that points at the
 * log never names a file that does not exist.
 */
export function fileLogger(home: string, env: NodeJS.ProcessEnv = process.env): Logger {
  const homeFile = join(home, 'logs', 'duphong.log');
  let written: string | undefined;
  const append = (file: string, line: string): boolean => {
    try {
      mkdirSync(join(file, '..'), { recursive: true });
      appendFileSync(file, line);
      written = file;
      return true;
    } catch {
      return false;
    }
  };
  const write = (level: string, message: string, data?: Record<string, unknown>) => {
    const record = { at: isoVietnam(new Date()), level, pid: process.pid, message, ...data };
    // Never create a home just to log that it is missing: its log goes to the fallback file then.
    if (existsSync(home) && append(homeFile, `${JSON.stringify(record)}\n`)) return;
    append(fallbackLogFile(env), `${JSON.stringify({ ...record, home })}\n`);
    // Logging must never break the operation it describes: if both fail, `file` stays as it was.
  };
  return {
    get file() {
      return written;
    },
    info: (m, d) => write('info', m, d),
    warn: (m, d) => write('warn', m, d),
    error: (m, d) => write('error', m, d),
  };
}

export const silentLogger: Logger = { file: undefined, info() {}, warn() {}, error() {} };
