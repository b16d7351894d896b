// What the benches that run a whole core share: its options on a data folder, the beheerder they
// set up and log in as, and a dispatch that throws on an error answer. Kept apart from the suites
// so that scale-login.ts (a fresh process whose memory is measured) loads nothing else.
import { join } from 'node:path';
import type { Core } from '../../src-main/core/core';
import { memoryLogger } from '../../src-main/core/logger';

export const ADMIN = { displayName: 'Bram Beheerder', username: 'bram', password: 'Zeven zwanen zwommen zuidwaarts' };

/** Core's options for a bench on the data folder `dataDir`. */
export const options = (dataDir: string) => ({
  dataDir,
  resourcesDir: join(__dirname, '../../resources'),
  appVersion: 'bench',
  logger: memoryLogger(),
  idleCheckMs: 0,
});

export async function ok(core: Core, channel: string, input: unknown): Promise<unknown> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
  return result.value;
}
