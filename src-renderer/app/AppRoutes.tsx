// The pages of the shell. A page that needs a permission is wrapped in RequireAccess, so a typed
// address shows a calm "no access" page instead of a page full of refused calls.
import { Route, Routes } from 'react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { AuditPrintPage } from '../features/audit/AuditPrintPage';
import { BackupPage } from '../features/backup/BackupPage';
import { EvaluationsPage } from '../features/evaluations/EvaluationsPage';
import { KioskPage } from '../features/evaluations/KioskPage';
import { PaperEntryPage } from '../features/evaluations/PaperEntryPage';
import { RecommendationsPage } from '../features/evaluations/RecommendationsPage';
import { RoundPage } from '../features/evaluations/RoundPage';
import { FiguresPage } from '../features/figures/FiguresPage';
import { YearReportPage } from '../features/figures/YearReportPage';
import { MijnWerkPage } from '../features/home/MijnWerkPage';
import { ListsPage } from '../features/lists/ListsPage';
import { PolicyPage } from '../features/policy/PolicyPage';
import { RetentionPage } from '../features/retention/RetentionPage';
import { CasePrintPage } from '../features/cases/CasePrintPage';
import { DossierPage } from '../features/cases/DossierPage';
import { InzagePage } from '../features/rights/InzagePage';
import { CasesPage } from '../features/search/CasesPage';
import { RegisterSignalPage } from '../features/signals/RegisterSignalPage';
import { RequireAccess } from './RequireAccess';
import { Shell } from './Shell';

export function AppRoutes() {
  return (
    <Routes>
      {/* The kiosk fills the window: no shell, no navigation. */}
      <Route
        path="kiosk"
        element={
          <RequireAccess channel="evaluations:kiosk-form">
            <KioskPage />
          </RequireAccess>
        }
      />
      <Route element={<Shell />}>
        <Route index element={<MijnWerkPage />} />
        <Route
          path="cijfers"
          element={
            <RequireAccess channel="stats:dashboard">
              <FiguresPage />
            </RequireAccess>
          }
        />
        <Route
          path="cijfers/jaarrapport"
          element={
            <RequireAccess channel="stats:dashboard">
              <YearReportPage />
            </RequireAccess>
          }
        />
        <Route
          path="evaluaties"
          element={
            <RequireAccess channel="evaluations:rounds">
              <EvaluationsPage />
            </RequireAccess>
          }
        />
        <Route
          path="evaluaties/aanbevelingen"
          element={
            <RequireAccess channel="evaluations:recommendations">
              <RecommendationsPage />
            </RequireAccess>
          }
        />
        <Route
          path="evaluaties/:id"
          element={
            <RequireAccess channel="evaluations:analysis">
              <RoundPage />
            </RequireAccess>
          }
        />
        <Route
          path="evaluaties/:id/invoeren"
          element={
            <RequireAccess channel="evaluations:save-response">
              <PaperEntryPage />
            </RequireAccess>
          }
        />
        <Route
          path="casussen"
          element={
            <RequireAccess channel="search:query">
              <CasesPage />
            </RequireAccess>
          }
        />
        <Route
          path="casussen/:id"
          element={
            <RequireAccess channel="cases:get">
              <DossierPage />
            </RequireAccess>
          }
        />
        <Route
          path="casussen/:id/afdrukken"
          element={
            <RequireAccess channel="cases:get">
              <CasePrintPage />
            </RequireAccess>
          }
        />
        <Route
          path="signalen/nieuw"
          element={
            <RequireAccess channel="signals:register">
              <RegisterSignalPage />
            </RequireAccess>
          }
        />
        <Route
          path="personen/:id/inzage"
          element={
            <RequireAccess channel="rights:inzage">
              <InzagePage />
            </RequireAccess>
          }
        />
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
        <Route
          path="beheer/back-up"
          element={
            <RequireAccess channel="backup:create">
              <BackupPage />
            </RequireAccess>
          }
        />
        <Route
          path="beheer/beleid"
          element={
            <RequireAccess channel="policy:get">
              <PolicyPage />
            </RequireAccess>
          }
        />
        <Route
          path="beheer/bewaartermijn"
          element={
            <RequireAccess channel="retention:due">
              <RetentionPage />
            </RequireAccess>
          }
        />
        <Route
          path="beheer/keuzelijsten"
          element={
            <RequireAccess channel="lists:save">
              <ListsPage />
            </RequireAccess>
          }
        />
        <Route path="*" element={<MijnWerkPage />} />
      </Route>
    </Routes>
  );
}
