// Which starts the wizard's Welkom step offers, and whether the data folder can be chosen, as the
// installation and the administrator's policy (app:info: `demoOffered`, `managed`) allow. On the
// team's PostgreSQL server only the new installation (the first beheerder). A policy that switches
// the demo off leaves it out, rather than offering what core then refuses (MANAGED_BY_POLICY). A
// policy that fixes the team server never reaches this step: the workstation connects to that
// server at start (src-main/electron/workstation.ts), so its login screen shows instead.
import type { AppInfo } from '../../../../src-shared/ipc/app';

export type Choice = 'new' | 'demo' | 'restore' | 'team';
const ALL: readonly Choice[] = ['new', 'demo', 'restore', 'team'];

/** What app:info says of the policy; undefined while it is still being read (nothing managed yet). */
export type PolicyInfo = Pick<AppInfo, 'demoOffered' | 'managed'> | undefined;

export function welcomeChoices(server: boolean, info: PolicyInfo): readonly Choice[] {
  if (server) return ['new'];
  return ALL.filter((choice) => choice !== 'demo' || (info?.demoOffered ?? true));
}

/** The organisation fixed the data folder: shown, but no other folder can be chosen. */
export function folderManaged(info: PolicyInfo): boolean {
  return info?.managed.includes('dataFolder') ?? false;
}
