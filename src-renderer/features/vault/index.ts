// The encrypted database on this workstation, before anyone is logged in: the first-run set-up,
// the screen for a damaged or too new database (with restoring a backup), and the demo panel the
// login screen shows in a demo environment. The set-up and the problem screen are shown once in a
// workstation's life or when something is wrong: they load on demand, not with the login screen.
import { onDemand } from '../../kit/routes';

export const SetupWizard = onDemand(() => import('./setup/SetupWizard').then((m) => m.SetupWizard));
export const ProblemScreen = onDemand(() => import('./ProblemScreen').then((m) => m.ProblemScreen));
export { DemoPanel } from './DemoPanel';
export { useRestoreBackup } from './useRestoreBackup';
