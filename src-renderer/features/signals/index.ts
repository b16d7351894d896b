// Registering a signaal. What it offers the shell: the app bar's button. Its page is in routes.ts.
export { NewSignalButton } from './NewSignalButton';
