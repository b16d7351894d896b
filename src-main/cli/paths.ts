// Where the CLI finds the application's files when run from a checkout (npm run cter).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
export const RESOURCES_DIR = join(ROOT, 'resources');

export function readPackageVersion(): string {
  return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
}
