// Secrets for the CLI: from an environment variable, or typed at a prompt that does not echo.
import { createInterface } from 'node:readline';
import { UsageError } from './args';

export function askHidden(question: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) return Promise.reject(new UsageError('errors.noTerminal'));
  return new Promise((resolve) => {
    const rl = createInterface({ input, output: process.stderr, terminal: true });
    const output = rl as unknown as { _writeToOutput(text: string): void };
    let asked = false;
    output._writeToOutput = (text: string) => {
      // Show the question once, then nothing of what is typed.
      if (!asked) process.stderr.write(text);
      asked = true;
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/** Asks a question at the terminal (on stderr, so stdout stays the command's output); the answer echoes. */
export function askVisible(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer.trim());
    });
  });
}

/** The secret from `variable`, or asked for at the terminal. */
export async function secret(env: NodeJS.ProcessEnv, variable: string, question: string): Promise<string> {
  const value = env[variable];
  if (value !== undefined && value !== '') return value;
  return askHidden(question);
}
