// The options that eslint.config.mjs gives the rule `boundaries/layers` for a file: its layer
// table, seams and known exceptions, as the tests read them from the real configuration.
import type { ESLint } from 'eslint';
import type { Layer } from '../../eslint/boundaries.mjs';

export const RULE = 'boundaries/layers';

export type BoundaryOptions = { layers: Layer[]; exceptions: Record<string, string> };

export async function boundaryOptions(eslint: ESLint, file: string): Promise<BoundaryOptions> {
  const config = (await eslint.calculateConfigForFile(file)) as { rules: Record<string, [unknown, BoundaryOptions]> };
  const rule = config.rules[RULE];
  if (!rule) throw new Error(`${RULE} is not configured for ${file}`);
  return rule[1];
}
