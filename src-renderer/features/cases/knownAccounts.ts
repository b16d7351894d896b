// The accounts a case worker can choose from (procesregisseur, actiehouder, named accounts). The
// list of all accounts is for the beheerder only (accounts:list), so the choice is the accounts
// the casus already names, plus the person logged in.
import type { CaseDossier } from '../../../src-shared/ipc/cases';

export interface KnownAccount {
  id: number;
  displayName: string;
  me: boolean;
}

export function knownAccounts(dossier: CaseDossier, me: { id: number; displayName: string } | null): KnownAccount[] {
  const found = new Map<number, KnownAccount>();
  const add = (account: { id: number; displayName: string } | null) => {
    if (account && !found.has(account.id)) found.set(account.id, { ...account, me: account.id === me?.id });
  };
  add(me);
  add(dossier.procesregisseur);
  dossier.namedAccounts.forEach(add);
  return [...found.values()].sort(
    (a, b) => Number(b.me) - Number(a.me) || a.displayName.localeCompare(b.displayName, 'nl'),
  );
}
