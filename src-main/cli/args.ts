// Argument parsing for the admin CLI: one command (with at most one subcommand, as in `server
// init`), then --name value options and flags.
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isLocale, type Locale } from '../../src-shared/domain/locale';

export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string> = {},
  ) {
    super(key);
  }
}

export interface ParsedArgs {
  command: string | undefined;
  /** The word after the command (`init` in `cter server init`), if any. */
  subcommand?: string | undefined;
  options: Map<string, string>;
  flags: Set<string>;
  locale: Locale;
}

/** Options without a value; `--force` only for the commands that list it in `flags`. */
const FLAGS = new Set(['--help', '-h', '--version', '--force']);

export function parseArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  knownOptions: ReadonlySet<string>,
): ParsedArgs {
  const options = new Map<string, string>();
  const flags = new Set<string>();
  let command: string | undefined;
  let subcommand: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (FLAGS.has(arg)) {
      flags.add(arg === '-h' ? '--help' : arg);
    } else if (arg.startsWith('--')) {
      const [name, inline] = arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg];
      if (name !== '--lang' && !knownOptions.has(name!))
        throw new UsageError('errors.unknownOption', { option: name! });
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError('errors.missingValue', { option: name! });
      // Given twice (`--db a … --db b`, a line edited in a hurry): which one was meant is not ours to guess.
      if (options.has(name!)) throw new UsageError('errors.duplicateOption', { option: name! });
      options.set(name!, value);
    } else if (arg.startsWith('-') && arg.length > 1) {
      // A short option (`-o`) is none of ours: named as such, not taken for a subcommand.
      throw new UsageError('errors.unknownOption', { option: arg });
    } else if (command === undefined) {
      command = arg;
    } else if (subcommand === undefined) {
      subcommand = arg;
    } else {
      throw new UsageError('errors.unknownOption', { option: arg });
    }
  }
  const requested = options.get('--lang') ?? environmentLocale(env);
  if (!isLocale(requested)) throw new UsageError('errors.unknownLanguage', { language: requested });
  return { command, subcommand, options, flags, locale: requested };
}

function environmentLocale(env: NodeJS.ProcessEnv): Locale {
  return env['LANG']?.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

/**
 * The language to say a usage error in that parseArgs found: a `--lang nl|en` anywhere on the line
 * (`cter --lang en backup --bogus`; parseArgs stops at `--bogus`, before it would read a --lang
 * after it), else LANG's. A --lang that is no language is LANG's too, as its own error is.
 */
export function usageLocale(argv: readonly string[], env: NodeJS.ProcessEnv): Locale {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value !== undefined && isLocale(value)) return value;
  }
  return environmentLocale(env);
}

export function requireOption(args: ParsedArgs, name: string): string {
  const value = args.options.get(name);
  if (value === undefined) throw new UsageError('errors.missingOption', { option: name });
  return value;
}

/** Whether `path` is an existing folder (false when it is a file or not there yet). */
export function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The --data folder, absolute. A file there (a database file given as --data) is a usage error:
 * nothing is read or written under it (server init answered it with "Er ging iets mis").
 */
export function dataFolderOf(folder: string): string {
  const path = resolve(folder);
  // Not there (yet) is fine: server init makes it, the other commands say what is missing in it.
  if (existsSync(path) && !isFolder(path)) throw new UsageError('errors.dataIsFile', { path });
  return path;
}

export function requireDataFolder(args: ParsedArgs): string {
  return dataFolderOf(requireOption(args, '--data'));
}
