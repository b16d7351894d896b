// The demo environment: a separate database filled with fictitious data ("Voorbeeld — fictief"),
// for training and for trying the application. Its accounts share one published password; the
// seeder refuses to run on a database that is not marked as demo.
import type { Role } from '../../../src-shared/domain/roles';
import { AppError } from '../../../src-shared/ipc/errors';
import { findByUsername, insertAccount } from '../accounts/account-service';
import type { Workspace } from '../workspace';

/** The password of every demo account. Demo data is fictitious; this password protects nothing real. */
export const DEMO_PASSWORD = 'Voorbeeld-fictief-2026';

export const DEMO_ACCOUNTS: readonly { username: string; displayName: string; roles: Role[] }[] = [
  { username: 'beheer', displayName: 'Bea de Beheerder (fictief)', roles: ['beheerder'] },
  { username: 'regisseur', displayName: 'Ravi Procesregisseur (fictief)', roles: ['procesregisseur'] },
  { username: 'expert', displayName: 'Eva Expert (fictief)', roles: ['gemeentelijk_expert'] },
  { username: 'notulist', displayName: 'Noor Notulist (fictief)', roles: ['notulist'] },
  { username: 'evaluator', displayName: 'Evert Evaluator (fictief)', roles: ['evaluator'] },
];

/** Adds what is missing of the demo dataset; running it twice changes nothing. */
export async function seedDemo(ws: Workspace): Promise<{ accounts: number }> {
  if (!ws.vault().read().demo) throw new AppError('NOT_DEMO');
  const { key } = ws.requireOpen();
  let added = 0;
  for (const demo of DEMO_ACCOUNTS) {
    const existing = await ws.transaction((manager) => findByUsername(manager, demo.username));
    if (existing) continue;
    const slotId = await ws.vault().addPasswordSlot(key, demo.username, DEMO_PASSWORD);
    await ws.transaction(async (manager, audit) => {
      const account = await insertAccount(manager, ws.clock.now(), {
        ...demo,
        keySlotId: slotId,
        mustChangePassword: false,
      });
      await audit.append(manager, {
        ...ws.actor(),
        action: 'demo:seed',
        kind: 'change',
        objectType: 'account',
        objectId: String(account.id),
        result: 'ok',
      });
    });
    added++;
  }
  return { accounts: added };
}
