// The pages of the shell. A page that needs a permission is wrapped in RequireAccess, so a typed
// address shows a calm "no access" page instead of a page full of refused calls.
import { Route, Routes } from 'react-router';
import { AccountsPage } from '../features/accounts/AccountsPage';
import { AuditPage } from '../features/audit/AuditPage';
import { AuditPrintPage } from '../features/audit/AuditPrintPage';
import { BackupPage } from '../features/backup/BackupPage';
import { ComparePage } from '../features/convenant/ComparePage';
import { ConvenantBeheerPage } from '../features/convenant/ConvenantBeheerPage';
import { ConvenantPrintPage } from '../features/convenant/ConvenantPrintPage';
import { ConvenantReaderPage } from '../features/convenant/ConvenantReaderPage';
import { ShareCheckPage } from '../features/convenant/ShareCheckPage';
import { ActionsPage } from '../features/meetings/ActionsPage';
import { MeetingPage } from '../features/meetings/MeetingPage';
import { MeetingsPage } from '../features/meetings/MeetingsPage';
import { MinutesPage } from '../features/meetings/MinutesPage';
import { MinutesPrintPage } from '../features/meetings/MinutesPrintPage';
import { NewMeetingPage } from '../features/meetings/NewMeetingPage';
import { EvaluationReportPage } from '../features/evaluations/EvaluationReportPage';
import { EvaluationsPage } from '../features/evaluations/EvaluationsPage';
import { PaperEntryPage } from '../features/evaluations/PaperEntryPage';
import { RecommendationsPage } from '../features/evaluations/RecommendationsPage';
import { RoundPage } from '../features/evaluations/RoundPage';
import { RoundSetupPage } from '../features/evaluations/RoundSetupPage';
import { TemplateBuilderPage } from '../features/evaluations/TemplateBuilderPage';
import { TemplatesPage } from '../features/evaluations/TemplatesPage';
import { ExpertsPage } from '../features/experts/ExpertsPage';
import { FiguresPage } from '../features/figures/FiguresPage';
import { YearReportPage } from '../features/figures/YearReportPage';
import { MijnWerkPage } from '../features/work/MijnWerkPage';
import { MentorprojectPage } from '../features/mentoring/MentorprojectPage';
import { ListsPage } from '../features/lists/ListsPage';
import { PolicyPage } from '../features/policy/PolicyPage';
import { RetentionPage } from '../features/retention/RetentionPage';
import { CasePrintPage } from '../features/cases/CasePrintPage';
import { DossierPage } from '../features/cases/DossierPage';
import { InzagePage } from '../features/rights/InzagePage';
import { CasesPage } from '../features/search/CasesPage';
import { RegisterSignalPage } from '../features/signals/RegisterSignalPage';
import { TrajectoriesPage } from '../features/trajectories/TrajectoriesPage';
import { TrajectoryPage } from '../features/trajectories/TrajectoryPage';
import { RequireAccess } from './RequireAccess';
import { Shell } from './Shell';

export function AppRoutes() {
  return (
    <Routes>
      {/* The kiosk has no route here: while it runs, the gate (KioskGate) shows it and nothing else. */}
      <Route element={<Shell />}>
        <Route index element={<MijnWerkPage />} />
        <Route
          path="cijfers"
          element={
            <RequireAccess channel="figures:dashboard">
              <FiguresPage />
            </RequireAccess>
          }
        />
        <Route
          path="cijfers/jaarrapport"
          element={
            <RequireAccess channel="figures:dashboard">
              <YearReportPage />
            </RequireAccess>
          }
        />
        <Route
          path="mentorproject"
          element={
            <RequireAccess channel="mentoring:dashboard">
              <MentorprojectPage />
            </RequireAccess>
          }
        />
        {/* /mentorproject/trajecten/* belongs to the trajectories (features/trajectories). */}
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
        <Route
          path="overleggen"
          element={
            <RequireAccess channel="meetings:list">
              <MeetingsPage />
            </RequireAccess>
          }
        />
        <Route
          path="overleggen/nieuw"
          element={
            <RequireAccess channel="meetings:create">
              <NewMeetingPage />
            </RequireAccess>
          }
        />
        <Route
          path="overleggen/:id"
          element={
            <RequireAccess channel="meetings:get">
              <MeetingPage />
            </RequireAccess>
          }
        />
        <Route
          path="overleggen/:id/notuleren"
          element={
            <RequireAccess channel="meetings:get">
              <MinutesPage />
            </RequireAccess>
          }
        />
        <Route
          path="overleggen/:id/afdrukken"
          element={
            <RequireAccess channel="meetings:get">
              <MinutesPrintPage />
            </RequireAccess>
          }
        />
        <Route
          path="acties"
          element={
            <RequireAccess channel="meetings:actions">
              <ActionsPage />
            </RequireAccess>
          }
        />
        <Route
          path="convenant"
          element={
            <RequireAccess channel="convenant:get">
              <ConvenantReaderPage />
            </RequireAccess>
          }
        />
        <Route
          path="convenant/begrippen"
          element={
            <RequireAccess channel="convenant:get">
              <ConvenantReaderPage />
            </RequireAccess>
          }
        />
        <Route
          path="convenant/artikel/:nummer"
          element={
            <RequireAccess channel="convenant:get">
              <ConvenantReaderPage />
            </RequireAccess>
          }
        />
        <Route
          path="convenant/afdrukken"
          element={
            <RequireAccess channel="convenant:get">
              <ConvenantPrintPage />
            </RequireAccess>
          }
        />
        <Route
          path="convenant/delen"
          element={
            <RequireAccess channel="convenant:share-check">
              <ShareCheckPage />
            </RequireAccess>
          }
        />
        <Route
          path="convenant/vergelijken"
          element={
            <RequireAccess channel="convenant:compare">
              <ComparePage />
            </RequireAccess>
          }
        />
        <Route
          path="beheer/convenant"
          element={
            <RequireAccess channel="convenant:import">
              <ConvenantBeheerPage />
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
          path="evaluaties/vragenlijsten"
          element={
            <RequireAccess channel="evaluations:templates">
              <TemplatesPage />
            </RequireAccess>
          }
        />
        <Route
          path="evaluaties/vragenlijsten/nieuw"
          element={
            <RequireAccess channel="evaluations:save-template">
              <TemplateBuilderPage />
            </RequireAccess>
          }
        />
        <Route
          path="evaluaties/vragenlijsten/:id"
          element={
            <RequireAccess channel="evaluations:template">
              <TemplateBuilderPage />
            </RequireAccess>
          }
        />
        <Route
          path="evaluaties/rondes/nieuw"
          element={
            <RequireAccess channel="evaluations:save-round">
              <RoundSetupPage />
            </RequireAccess>
          }
        />
        <Route
          path="evaluaties/:id/instellen"
          element={
            <RequireAccess channel="evaluations:save-round">
              <RoundSetupPage />
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
          path="evaluaties/:id/rapport"
          element={
            <RequireAccess channel="evaluations:report">
              <EvaluationReportPage />
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
          path="mentorproject/trajecten"
          element={
            <RequireAccess channel="trajectories:list">
              <TrajectoriesPage />
            </RequireAccess>
          }
        />
        <Route
          path="mentorproject/trajecten/:id"
          element={
            <RequireAccess channel="trajectories:get">
              <TrajectoryPage />
            </RequireAccess>
          }
        />
        <Route
          path="experts"
          element={
            <RequireAccess channel="experts:overview">
              <ExpertsPage />
            </RequireAccess>
          }
        />
        <Route path="*" element={<MijnWerkPage />} />
      </Route>
    </Routes>
  );
}
