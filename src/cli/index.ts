/**
 * The command line: `showroom-desk <command> FILE [options]`. main() returns the exit
 * code: 0 ok, 1 the work failed, 2 the command was called wrongly.
 */
import { t } from '../i18n';
import type { Lang } from '../domain/schema';
import { COMMANDS } from './commands';
import { langFromArgv } from './args';
import { UsageError, UserError, type Command, type CommandIo } from './types';

export type { Command, CommandIo } from './types';
export { UsageError, UserError } from './types';
export { parseArgs, intOption, langFromArgv, type ParsedArgs } from './args';
export { COMMANDS } from './commands';

const defaultIo: CommandIo = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
};

function usageOf(c: Command, lang: Lang): string {
  const u = typeof c.usage === 'function' ? c.usage(lang) : c.usage;
  return `showroom-desk ${u ?? c.name + ' FILE'}`;
}

export function helpText(lang: Lang, commands: readonly Command[] = COMMANDS): string {
  const lines = [t(lang, 'cli.help.title'), '', t(lang, 'cli.help.usage'), '', t(lang, 'cli.help.commands')];
  const width = Math.max(...commands.map((c) => c.name.length));
  for (const c of commands)
    lines.push(
      `  ${c.name.padEnd(width)}  ${c.describe ? c.describe(lang) : typeof c.usage === 'string' ? c.usage : ''}`,
    );
  lines.push('', t(lang, 'cli.help.options'), '', t(lang, 'cli.help.examples'));
  return lines.join('\n');
}

/** Where the command is: the first word that is not a global option or its value (`--lang en sample x.xlsx` works). */
function commandIndex(argv: readonly string[]): number {
  let at = 0;
  while (
    at < argv.length &&
    argv[at].startsWith('-') &&
    argv[at] !== '--help' &&
    argv[at] !== '-h' &&
    argv[at] !== '--version'
  ) {
    at += argv[at] === '--lang' || argv[at] === '--today' ? 2 : 1;
  }
  return at;
}

export async function main(
  argv: readonly string[],
  io: CommandIo = defaultIo,
  commands: readonly Command[] = COMMANDS,
): Promise<number> {
  const lang = langFromArgv(argv);
  const at = commandIndex(argv);
  const name = argv[at];
  const rest = [...argv.slice(0, at), ...argv.slice(at + 1)];
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? commands.find((c) => c.name === argv[at + 1]) : undefined;
    io.out(topic ? usageOf(topic, lang) : helpText(lang, commands));
    return 0;
  }
  if (name === '--version') {
    io.out('showroom-desk 0.1.0');
    return 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(t(lang, 'cli.error.unknownCommand', { name, commands: commands.map((c) => c.name).join(', ') }));
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(usageOf(command, lang) + (command.describe ? `\n\n${command.describe(lang)}` : ''));
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(
        `${t(lang, 'cli.error.prefix', { name })}${e.message}\n${t(lang, 'cli.help.usageLine')}${usageOf(command, lang)}`,
      );
      return 2;
    }
    if (e instanceof UserError) {
      io.err(`${t(lang, 'cli.error.prefix', { name })}${e.message}`);
      return 1;
    }
    io.err(
      `${t(lang, 'cli.error.prefix', { name })}${t(lang, 'cli.error.unexpected', { reason: (e as Error)?.stack ?? String(e) })}`,
    );
    return 1;
  }
}

/**
 * Runs main() as the process: its result becomes the exit code. A command whose work never
 * settles (a reader waiting for bytes a damaged file does not have) would otherwise let Node exit 0
 * with no output, as if all went well: it exits 1 and says so.
 */
export function runAsProcess(argv: readonly string[], commands: readonly Command[] = COMMANDS): void {
  let settled = false;
  process.on('exit', () => {
    if (settled) return;
    const lang = langFromArgv(argv);
    const name = argv[commandIndex(argv)] ?? '';
    process.stderr.write(`${t(lang, 'cli.error.prefix', { name })}${t(lang, 'cli.error.unfinished')}\n`);
    process.exitCode = 1;
  });
  main(argv, defaultIo, commands).then(
    (code) => {
      settled = true;
      process.exitCode = code;
    },
    (e) => {
      settled = true;
      process.stderr.write(String(e?.stack ?? e) + '\n');
      process.exitCode = 1;
    },
  );
}

if (require.main === module) runAsProcess(process.argv.slice(2));
