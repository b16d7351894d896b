// The admin CLI: `npm run cter -- <command> [options]`. Plain Node, no Electron. Every command
// ends with exit code 0 (done), 1 (failed, with one line on stderr) or 2 (usage).
import type { TFunction } from 'i18next';
import { isAppError } from '../../src-shared/ipc/errors';
import { parseArgs, usageLocale, UsageError, type ParsedArgs } from './args';
import type { CliCommand, CliIo } from './command';
import { adminCommands } from './commands';
import { readPackageVersion } from './paths';
import { askVisible } from './prompt';
import { ServerConfigError } from '../server/config';
import { serverCommands } from './server-command';
import { appErrorMessage, cliTranslator } from './translate';

export const COMMANDS: Record<string, CliCommand> = {
  help: { description: 'commands.help', run: async () => 0 },
  ...adminCommands,
  ...serverCommands,
  version: {
    description: 'commands.version',
    async run(_args, io) {
      io.out(readPackageVersion());
      return 0;
    },
  },
};

/** The longest usage that still gets its description beside it in --help. */
const WIDE = 100;

function help(t: TFunction, io: CliIo): void {
  io.out(t('usage'));
  io.out('');
  io.out(t('commandsTitle'));
  const names = Object.keys(COMMANDS);
  // The placeholders (FILE, FOLDER, NAME …) in the language of the help: `placeholders` in messages.
  const synopsis = (name: string) =>
    (COMMANDS[name]!.synopsis ?? '').replace(/\b[A-Z]+\b/g, (word) => t(`placeholders.${word}`));
  const usage = (name: string) => `${name} ${synopsis(name)}`;
  // A usage too long for the column (`server init`) has its description on the next line.
  const width = Math.max(...names.map((name) => usage(name).length).filter((length) => length <= WIDE));
  for (const name of names) {
    const description = t(COMMANDS[name]!.description);
    if (usage(name).length > WIDE) io.out(`  ${usage(name)}\n      ${description}`);
    else io.out(`  ${usage(name).padEnd(width)}  ${description}`);
  }
  io.out('');
  io.out(t('storeHint'));
  io.out(t('secretsHint'));
  io.out(t('exitCodes'));
  io.out(t('languageHint'));
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const knownOptions = new Set(Object.values(COMMANDS).flatMap((command) => command.options ?? []));
  let args: ParsedArgs;
  try {
    args = parseArgs(argv, io.env, knownOptions);
  } catch (error) {
    const t = cliTranslator(usageLocale(argv, io.env));
    if (error instanceof UsageError) io.err(t(error.key, error.params));
    return 2;
  }
  const t = cliTranslator(args.locale);
  if (args.flags.has('--version')) return COMMANDS['version']!.run(args, io, t);
  if (args.flags.has('--help') || args.command === undefined || args.command === 'help') {
    help(t, io);
    return args.command === undefined && !args.flags.has('--help') ? 2 : 0;
  }
  // `server init`, `server check`: a command and its subcommand are one entry in COMMANDS.
  const commandName = args.subcommand === undefined ? args.command : `${args.command} ${args.subcommand}`;
  const command = COMMANDS[commandName];
  if (!command) {
    io.err(t('errors.unknownCommand', { command: commandName }));
    return 2;
  }
  const foreign =
    [...args.options.keys()].find((name) => name !== '--lang' && !command.options?.includes(name)) ??
    [...args.flags].find((flag) => !['--help', '--version'].includes(flag) && !command.flags?.includes(flag));
  if (foreign) {
    io.err(t('errors.unknownOption', { option: foreign }));
    return 2;
  }
  try {
    return await command.run(args, io, t);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(t(error.key, error.params));
      return 2;
    }
    if (error instanceof ServerConfigError) {
      io.err(t(error.key, error.params));
      return 1;
    }
    if (isAppError(error)) {
      // Input the router refused names the first field that is wrong (one line, as always).
      const field = error.code === 'INVALID_INPUT' ? Object.values(error.fields ?? {})[0] : undefined;
      io.err(field ? t(`common:${field.key}`, field.params ?? {}) : appErrorMessage(t, error.code, error.params ?? {}));
      return 1;
    }
    throw error;
  }
}

if (require.main === module) {
  const io: CliIo = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    env: process.env,
    // Questions with a visible answer (`cter server init`) only at a terminal; else the options decide.
    ...(process.stdin.isTTY ? { ask: askVisible } : {}),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      io.err(appErrorMessage(cliTranslator(usageLocale(process.argv.slice(2), process.env)), 'INTERNAL', {}));
      if (process.env['CTER_DEBUG']) console.error(error);
      process.exitCode = 1;
    },
  );
}
