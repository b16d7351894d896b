// What a CLI command is and what it writes to, apart from main.ts so that commands.ts can use
// the types without importing main.ts (which imports commands.ts).
import type { TFunction } from 'i18next';
import type { ParsedArgs } from './args';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  /**
   * Asks a question whose answer may be seen (a host name, a port) and resolves with the line
   * typed; absent when there is no terminal (a script), where the options must say everything.
   * Secrets never come through here (prompt.ts `secret`: an environment variable or no echo).
   */
  ask?(question: string): Promise<string>;
}

export interface CliCommand {
  /** i18n key of the one-line description in --help. */
  description: string;
  /**
   * The options this command takes, e.g. "--db FILE --user NAME": its placeholders are English words
   * in capitals, each said in the help's language (`placeholders` in messages/*.json).
   */
  synopsis?: string;
  options?: readonly string[];
  /** The options without a value this command takes besides --help and --version (e.g. --force). */
  flags?: readonly string[];
  run(args: ParsedArgs, io: CliIo, t: TFunction): Promise<number>;
}
