// Evaluations: questionnaires, rounds, paper entry, analysis, reports, recommendations and the
// kiosk. The feature's public face: its routes and entry, the kiosk (the gate shows it alone while
// it runs) and the questionnaire form a mentor trajectory's evaluation uses.
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { EvaluationReportPage } from './EvaluationReportPage';
import { EvaluationsPage } from './EvaluationsPage';
import { PaperEntryPage } from './PaperEntryPage';
import { RecommendationsPage } from './RecommendationsPage';
import { RoundPage } from './RoundPage';
import { RoundSetupPage } from './RoundSetupPage';
import { TemplateBuilderPage } from './TemplateBuilderPage';
import { TemplatesPage } from './TemplatesPage';

const evaluations = pageRoute('/evaluaties', EvaluationsPage, 'evaluations:rounds');

// The kiosk has no route: while it runs, the gate shows it (KioskGate) and nothing else.
export const evaluationRoutes: PageRoute[] = [
  evaluations,
  pageRoute('/evaluaties/aanbevelingen', RecommendationsPage, 'evaluations:recommendations'),
  pageRoute('/evaluaties/vragenlijsten', TemplatesPage, 'evaluations:templates'),
  pageRoute('/evaluaties/vragenlijsten/nieuw', TemplateBuilderPage, 'evaluations:save-template'),
  pageRoute('/evaluaties/vragenlijsten/:id', TemplateBuilderPage, 'evaluations:template'),
  pageRoute('/evaluaties/rondes/nieuw', RoundSetupPage, 'evaluations:save-round'),
  pageRoute('/evaluaties/:id/instellen', RoundSetupPage, 'evaluations:save-round'),
  pageRoute('/evaluaties/:id', RoundPage, 'evaluations:analysis'),
  pageRoute('/evaluaties/:id/rapport', EvaluationReportPage, 'evaluations:report'),
  pageRoute('/evaluaties/:id/invoeren', PaperEntryPage, 'evaluations:save-response'),
];

export const evaluationNavigation: NavEntry[] = [
  navEntry(evaluations, { label: 'evaluations.nav', icon: FactCheckOutlined, group: 'work' }),
];

export { KioskGate } from './KioskGate';
export { answerErrors } from './PaperEntryPage';
export { QuestionnaireForm } from './QuestionnaireForm';
