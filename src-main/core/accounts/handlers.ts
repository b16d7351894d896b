// Handlers for accounts:* (beheerder only, see the permission table).
import { AppError } from '../../../src-shared/ipc/errors';
import { AccountEntity } from '../db/entities/account';
import { query } from '../db/sql';
import { plain, tx, type Handlers } from '../handlers';
import { endSessionsOfAccount } from '../server/queries';
import type { WorkspaceParts } from '../workspace';
import {
  assertBeheerderRemains,
  findByUsername,
  generateTemporaryPassword,
  getAccount,
  insertAccount,
  issueSecret,
  toSummary,
} from './account-service';

type AccountHandlers = Pick<
  Handlers,
  'accounts:list' | 'accounts:create' | 'accounts:update' | 'accounts:deactivate' | 'accounts:reset-password'
>;

export function accountHandlers({
  clock,
  sessionState,
  passwords,
  credentials,
}: Pick<WorkspaceParts, 'clock' | 'sessionState' | 'passwords' | 'credentials'>): AccountHandlers {
  return {
    'accounts:list': tx(async (_input, ctx) => {
      ctx.note({ objectType: 'account' });
      const accounts = await ctx.manager.find(AccountEntity, { order: { displayName: 'ASC' } });
      return accounts.map(toSummary).sort((a, b) => a.displayName.localeCompare(b.displayName, 'nl'));
    }),

    'accounts:create': plain(async (input, ctx) => {
      const taken = await ctx.read((manager) => findByUsername(manager, input.username));
      if (taken) throw new AppError('USERNAME_TAKEN', undefined, { username: { key: 'validation.usernameTaken' } });
      const temporaryPassword = input.temporaryPassword ?? generateTemporaryPassword();
      const secret = await issueSecret({ passwords, credentials }, input.username, temporaryPassword, [
        input.displayName,
      ]);
      let account;
      try {
        account = await ctx.commit(async (manager) => {
          const created = await insertAccount(manager, clock.now(), {
            username: input.username,
            displayName: input.displayName,
            roles: input.roles,
            regionIds: input.regionIds,
            ...secret.fields,
            mustChangePassword: true,
          });
          ctx.note({ objectType: 'account', objectId: created.id, details: { roles: created.roles.join(',') } });
          return created;
        });
      } catch (error) {
        secret.discard();
        throw error;
      }
      secret.commit();
      return { account: toSummary(account), temporaryPassword };
    }),

    'accounts:update': tx(async (input, ctx) => {
      const account = await getAccount(ctx.manager, input.id);
      await assertBeheerderRemains(ctx.manager, account, { active: account.active, roles: input.roles });
      ctx.note({
        objectType: 'account',
        objectId: account.id,
        details: { roles: input.roles.join(','), regions: input.regionIds.join(',') },
      });
      const updated = {
        ...account,
        displayName: input.displayName,
        roles: input.roles,
        regionIds: input.regionIds,
        updatedAt: clock.now().toISOString(),
      };
      await ctx.manager.save(AccountEntity, updated);
      if (ctx.session?.user.id === account.id)
        sessionState.updateUser({ ...ctx.session.user, displayName: updated.displayName, roles: updated.roles });
      return toSummary(updated);
    }),

    'accounts:deactivate': tx(async (input, ctx) => {
      const account = await getAccount(ctx.manager, input.id);
      if (ctx.session?.user.id === account.id) throw new AppError('SELF_DEACTIVATE');
      await assertBeheerderRemains(ctx.manager, account, { active: false, roles: account.roles });
      ctx.note({ objectType: 'account', objectId: account.id });
      // Without its secret (key slot or verifier) the account cannot log in any more.
      const revoked = credentials().revoke(account.username);
      const updated = { ...account, active: false, ...revoked.fields, updatedAt: clock.now().toISOString() };
      await ctx.manager.save(AccountEntity, updated);
      // Logged out everywhere: its sessions on a CTER server end with it.
      await query(ctx.manager, endSessionsOfAccount(account.id, 'deactivated', clock.now().getTime()));
      revoked.commit();
      return toSummary(updated);
    }),

    'accounts:reset-password': plain(async (input, ctx) => {
      const account = await ctx.read((manager) => getAccount(manager, input.id));
      ctx.note({ objectType: 'account', objectId: account.id });
      // Not for oneself: that would change one's password without knowing the current one (someone
      // at an unlocked screen). "Wachtwoord wijzigen" asks for it; or another beheerder resets it.
      if (ctx.session?.user.id === account.id) throw new AppError('SELF_RESET');
      const temporaryPassword = input.temporaryPassword ?? generateTemporaryPassword();
      const secret = await issueSecret({ passwords, credentials }, account.username, temporaryPassword, [
        account.displayName,
      ]);
      const updated = await ctx.commit(async (manager) => {
        const next = {
          ...account,
          active: true,
          mustChangePassword: true,
          ...secret.fields,
          updatedAt: clock.now().toISOString(),
        };
        ctx.note({ objectType: 'account', objectId: account.id, details: { reactivated: !account.active } });
        // Whoever had the old password is logged out of the CTER server too.
        await query(manager, endSessionsOfAccount(account.id, 'password-reset', clock.now().getTime()));
        return manager.save(AccountEntity, next);
      });
      // The old password opens nothing from here on.
      secret.commit();
      return { account: toSummary(updated), temporaryPassword };
    }),
  };
}
