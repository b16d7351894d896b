// The encrypted database on this workstation, before anyone is logged in: the first-run set-up,
// the screen for a damaged or too new database (with restoring a backup), and the demo panel the
// login screen shows in a demo environment.
export { DemoPanel } from './DemoPanel';
export { ProblemScreen } from './ProblemScreen';
export { SetupWizard } from './setup/SetupWizard';
export { useRestoreBackup } from './useRestoreBackup';
