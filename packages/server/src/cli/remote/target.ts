// No imports: main.ts calls this before anything is loaded (start-up, issue 8).

/** Where the remote CLI sends its requests, from `--server`/`--token` or DUPHONG_SERVER/DUPHONG_TOKEN. */
export interface RemoteTarget {
  server: string | undefined;
  token: string | undefined;
  /** The token came on the command line: visible to every user of the machine in `ps` (help says so). */
  tokenInArgv: boolean;
}

/**
 * Takes `--server URL` and `--token TOKEN` (also `--server=URL`) out of the arguments. They may stand
 * anywhere, except that `handover send … --token` (CONTRACT.md) and `national peer-add … --token` keep their own `--token`: there only
 * those before the command name are global. `--server ''` forces local mode over DUPHONG_SERVER.
 * Returns the remaining arguments and the target, undefined in local mode.
 */
export function takeRemoteFlags(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { argv: string[]; target: RemoteTarget | undefined } {
  const rest: string[] = [];
  let server: string | undefined;
  let token: string | undefined;
  let commandSeen = false;
  let handover = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const flag = /^--(server|token)(?:=(.*))?$/s.exec(a);
    const global = flag && !(flag[1] === 'token' && handover);
    if (!global) {
      if (!commandSeen && !a.startsWith('-')) {
        commandSeen = true;
        handover = a === 'handover' || a === 'national';
      }
      rest.push(a);
      continue;
    }
    const value = flag[2] ?? argv[++i] ?? '';
    if (flag[1] === 'server') server = value;
    else token = value;
  }
  const tokenInArgv = token !== undefined;
  const url = server ?? env.DUPHONG_SERVER ?? '';
  // A token without a server is refused by the remote runner (exit 2), never sent anywhere.
  if (url === '' && !(tokenInArgv && server === undefined)) return { argv: rest, target: undefined };
  return { argv: rest, target: { server: url || undefined, token: token ?? (env.DUPHONG_TOKEN || undefined), tokenInArgv } };
}
