// Only types and the help texts here: `--help` prints without loading @duphong/core, zod or the config (start-up).
import type { Output, Lang } from './output.js';
import { takeRemoteFlags } from './remote/target.js';
import { closest, commandHelp, didYouMean, overviewHelp, subcommandsOf, version } from './help.js';

type Command = (args: string[], out: Output) => Promise<number>;

/**
 * Each command's module is imported only when that command runs: `copies` or `search` must not
 * pay for exceljs, the AWS SDK, Fastify, XML parsers or sharp (issue 8, start-up ≤ 3× `node -e 0`).
 */
const COMMANDS: Record<string, Command> = {
  init: async (args, out) => (await import('./commands/init.js')).runInit(args, out),
  site: async (args, out) => (await import('./commands/site.js')).runSite(args, out),
  ingest: async (args, out) => (await import('./commands/ingest.js')).runIngest(args, out),
  copies: async (args, out) => (await import('./commands/copies.js')).runCopies(args, out),
  audit: async (args, out) => (await import('./commands/audit.js')).runAudit(args, out),
  rebuild: async (args, out) => (await import('./commands/rebuild.js')).runRebuild(args, out),
  ocfl: async (args, out) => (await import('./commands/ocfl.js')).runOcfl(args, out),
  jobs: async (args, out) => (await import('./commands/jobs.js')).runJobs(args, out),
  package: async (args, out) => (await import('./commands/package.js')).runPackage(args, out),
  export: async (args, out) => (await import('./commands/export.js')).runExport(args, out),
  aip: async (args, out) => (await import('./commands/aip.js')).runAip(args, out),
  format: async (args, out) => (await import('./commands/format.js')).runFormat(args, out),
  bagit: async (args, out) => (await import('./commands/bagit.js')).runBagit(args, out),
  'backup-list': async (args, out) => (await import('./commands/backup-list.js')).runBackupList(args, out),
  search: async (args, out) => (await import('./commands/search.js')).runSearch(args, out),
  catalog: async (args, out) => (await import('./commands/catalog.js')).runCatalog(args, out),
  serve: async (args, out) => (await import('./commands/serve.js')).runServe(args, out),
  unit: async (args, out) => (await import('./commands/unit.js')).runUnit(args, out),
  user: async (args, out) => (await import('./commands/user.js')).runUser(args, out),
  inspection: async (args, out) => (await import('./commands/inspection.js')).runInspection(args, out),
  digitize: async (args, out) => (await import('./commands/digitize.js')).runDigitize(args, out),
  microfilm: async (args, out) => (await import('./commands/microfilm.js')).runMicrofilm(args, out),
  plan: async (args, out) => (await import('./commands/plan.js')).runPlan(args, out),
  report: async (args, out) => (await import('./commands/report.js')).runReport(args, out),
  key: async (args, out) => (await import('./commands/key.js')).runKey(args, out),
  national: async (args, out) => (await import('./commands/national.js')).runNational(args, out),
  codelist: async (args, out) => (await import('./commands/codelist.js')).runCodelist(args, out),
  harvest: async (args, out) => (await import('./commands/harvest.js')).runHarvest(args, out),
  handover: async (args, out) => (await import('./commands/handover.js')).runHandover(args, out),
};

function peekLang(args: string[]): Lang {
  const i = args.indexOf('--lang');
  const value = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--lang='))?.slice(7);
  return value === 'en' ? 'en' : 'vi';
}

function peekHome(args: string[]): string | undefined {
  const i = args.indexOf('--home');
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--home='))?.slice(7);
}

const wantsHelp = (args: string[]): boolean => args.includes('--help') || args.includes('-h');

export async function main(args: string[]): Promise<number> {
  const lang = peekLang(args);
  // --server/--token or DUPHONG_SERVER: the command runs against that server's API (cli/remote/).
  const { argv, target } = takeRemoteFlags(args, process.env);
  if (target) return (await import('./remote/run.js')).runRemote(target, argv, lang);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest.find((a) => !a.startsWith('-')) : undefined;
    process.stdout.write((topic && commandHelp(topic, lang)) || overviewHelp(lang));
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    process.stdout.write(`duphong ${version()}\n`);
    return 0;
  }
  if (COMMANDS[name] && wantsHelp(rest)) {
    process.stdout.write(commandHelp(name, lang) ?? overviewHelp(lang));
    return 0;
  }
  const [{ resolveHome }, { fileLogger }, { requestError }, { Output }] = await Promise.all([
    import('../config/config.js'),
    import('../app/log.js'),
    import('../errors.js'),
    import('./output.js'),
  ]);
  const out = new Output(argv.includes('--json'), lang);
  const log = fileLogger(resolveHome(peekHome(argv)));
  try {
    const command = COMMANDS[name];
    if (!command) {
      const hint = closest(name, Object.keys(COMMANDS));
      throw requestError(
        'DP-USAGE',
        `Lệnh không tồn tại: "${name}".${didYouMean(hint, 'vi')} Xem "duphong --help".`,
        `Unknown command "${name}".${didYouMean(hint, 'en')} See "duphong --help".`,
      );
    }
    const subs = subcommandsOf(name);
    const sub = rest[0];
    if (subs && (sub === undefined || !subs.includes(sub))) {
      const hint = sub === undefined ? undefined : closest(sub, subs);
      const head =
        sub === undefined
          ? ['Thiếu lệnh con', 'Missing sub-command']
          : [`Lệnh con không tồn tại: "${sub}"`, `Unknown sub-command "${sub}"`];
      throw requestError(
        'DP-USAGE',
        `${head[0]} của "duphong ${name}".${didYouMean(hint, 'vi')} Dùng: duphong ${name} ${subs.join('|')} … (xem "duphong ${name} --help").`,
        `${head[1]} of "duphong ${name}".${didYouMean(hint, 'en')} Usage: duphong ${name} ${subs.join('|')} … (see "duphong ${name} --help").`,
      );
    }
    return await command(rest, out);
  } catch (error) {
    log.error('command failed', { command: name, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    return out.failure(error, log.file);
  }
}
