import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../testing/homes.js';
import { Output } from '../cli/output.js';
import { fallbackLogFile, fileLogger } from './log.js';

/** The DP-INTERNAL message points at the log: that file must exist and hold the error. */
describe('fileLogger', () => {
  let tmp: ReturnType<typeof tempDir>;
  let env: NodeJS.ProcessEnv;
  beforeEach(() => {
    tmp = tempDir('duphong-log-');
    env = { XDG_STATE_HOME: join(tmp.path, 'state') };
  });
  afterEach(() => tmp.remove());

  it('names no file before anything was written', () => {
    expect(fileLogger(join(tmp.path, 'home'), env).file).toBeUndefined();
  });

  it("writes to the home's logs/ when the home exists", () => {
    const home = join(tmp.path, 'home');
    mkdirSync(home);
    const log = fileLogger(home, env);
    log.error('command failed', { command: 'copies' });
    expect(log.file).toBe(join(home, 'logs', 'duphong.log'));
    expect(JSON.parse(readFileSync(log.file!, 'utf8'))).toMatchObject({ level: 'error', message: 'command failed', command: 'copies' });
  });

  it('writes to the user state folder when there is no home, without creating the home', () => {
    const home = join(tmp.path, 'no-such-home');
    const log = fileLogger(home, env);
    log.error('command failed', { command: 'package' });
    expect(existsSync(home)).toBe(false);
    expect(log.file).toBe(fallbackLogFile(env));
    expect(log.file).toBe(join(tmp.path, 'state', 'duphong', 'duphong.log'));
    expect(JSON.parse(readFileSync(log.file!, 'utf8'))).toMatchObject({ message: 'command failed', home });
  });

  it('the internal-error message names the file that was written', () => {
    const log = fileLogger(join(tmp.path, 'no-such-home'), env);
    log.error('command failed');
    let stderr = '';
    const out = new Output(
      false,
      'vi',
      () => undefined,
      (s) => (stderr += s),
    );
    expect(out.failure(new Error('boom'), log.file)).toBe(1);
    const named = /\(nhật ký: ([^)]+)\)/.exec(stderr)?.[1];
    expect(named).toBe(log.file);
    expect(existsSync(named!)).toBe(true);
  });
});
