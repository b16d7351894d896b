// The installation's first beheerder, as the set-up wizard makes it: shared by session.ts (every
// test's installation on the embedded core) and team-server.ts (the server project's template
// database, made once per worker). Its own module so the fixture needs no import of session.ts.
import type { Result } from '../../../src-shared/ipc/errors';
import type { SessionUser, SetupProposal } from '../../../src-shared/ipc/session';

export const BEHEERDER = {
  displayName: 'Bram Beheerder',
  username: 'bram',
  password: 'Zeven zwanen zwommen zuidwaarts',
} as const;

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

async function expectOk<T>(dispatch: Dispatch, channel: string, input: unknown): Promise<T> {
  const result = await dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
  return result.value as T;
}

/**
 * Installs a new database with `admin` logged in, through the set-up channels. On a PostgreSQL
 * store the same two calls make the first beheerder in the empty database (there is no recovery
 * key, so there are no groups to type back).
 */
export async function installFirstBeheerder(
  dispatch: Dispatch,
  admin: { displayName: string; username: string; password: string } = BEHEERDER,
): Promise<void> {
  const proposal = await expectOk<SetupProposal>(dispatch, 'vault:prepare-setup', {});
  const groups = proposal.recoveryKey?.split('-') ?? [];
  await expectOk<{ user: SessionUser }>(dispatch, 'vault:setup', {
    ...admin,
    passwordRepeat: admin.password,
    folder: null,
    confirm: proposal.confirmGroups.map((n) => groups[n - 1] ?? ''),
  });
}
