// What a CLI command is and what it writes to, apart from main.ts so that commands.ts can use
// the types without importing main.ts (which imports commands.ts).
import type { TFunction } from 'i18next';
import type { ParsedArgs } from './args';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
}

export interface CliCommand {
  /** i18n key of the one-line description in --help. */
  description: string;
  /** The options this command takes, e.g. "--db FILE --user NAME". */
  synopsis?: string;
  options?: readonly string[];
  run(args: ParsedArgs, io: CliIo, t: TFunction): Promise<number>;
}
