// The pages of the shell. A page that needs a permission is wrapped in RequireAccess, so a typed
// address shows a calm "no access" page instead of a page full of refused calls.
import { Route, Routes } from 'react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { AuditPrintPage } from '../features/audit/AuditPrintPage';
import { MijnWerkPage } from '../features/home/MijnWerkPage';
import { RequireAccess } from './RequireAccess';
import { Shell } from './Shell';

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Shell />}>
        <Route index element={<MijnWerkPage />} />
        <Route
          path="beheer/accounts"
          element={
            <RequireAccess channel="accounts:list">
              <AccountsPage />
            </RequireAccess>
          }
        />
        <Route
          path="beheer/auditlog"
          element={
            <RequireAccess channel="audit:query">
              <AuditPage />
            </RequireAccess>
          }
        />
        <Route
          path="beheer/auditlog/afdrukken"
          element={
            <RequireAccess channel="audit:query">
              <AuditPrintPage />
            </RequireAccess>
          }
        />
        <Route path="*" element={<MijnWerkPage />} />
      </Route>
    </Routes>
  );
}
