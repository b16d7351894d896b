// Log in, lock, log out, change password. The feature's public face: the provider that keeps the
// session (the shell places it near the top; screens read it with kit/session's useSession), the
// screens the gate shows, and the change-password dialog.
export { ChangePasswordDialog } from './ChangePasswordDialog';
export { ChangePasswordScreen } from './ChangePasswordScreen';
export { LoginForm } from './LoginForm';
export { LoginScreen } from './LoginScreen';
export { SessionProvider } from './SessionProvider';
