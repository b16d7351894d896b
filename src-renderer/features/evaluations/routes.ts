// Evaluations: questionnaires, rounds, paper entry, analysis, reports, recommendations and the
// kiosk. Its pages and navigation entries, which the shell merges into its route table and menu.
// Each page is named with onDemand: a chunk of its own, fetched on the page's first visit.
import FactCheckOutlined from '@mui/icons-material/FactCheckOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const EvaluationReportPage = onDemand(() => import('./EvaluationReportPage').then((m) => m.EvaluationReportPage));
const EvaluationsPage = onDemand(() => import('./EvaluationsPage').then((m) => m.EvaluationsPage));
const PaperEntryPage = onDemand(() => import('./PaperEntryPage').then((m) => m.PaperEntryPage));
const ProvincePoolPage = onDemand(() => import('./ProvincePoolPage').then((m) => m.ProvincePoolPage));
const RecommendationsPage = onDemand(() => import('./RecommendationsPage').then((m) => m.RecommendationsPage));
const RoundPage = onDemand(() => import('./RoundPage').then((m) => m.RoundPage));
const RoundSetupPage = onDemand(() => import('./RoundSetupPage').then((m) => m.RoundSetupPage));
const TemplateBuilderPage = onDemand(() => import('./TemplateBuilderPage').then((m) => m.TemplateBuilderPage));
const TemplatesPage = onDemand(() => import('./TemplatesPage').then((m) => m.TemplatesPage));

const evaluations = pageRoute('/evaluaties', EvaluationsPage, 'evaluations:rounds');

// The kiosk has no route: while it runs, the gate shows it (KioskGate) and nothing else.
export const evaluationRoutes: PageRoute[] = [
  evaluations,
  pageRoute('/evaluaties/aanbevelingen', RecommendationsPage, 'evaluations:recommendations'),
  pageRoute('/evaluaties/vragenlijsten', TemplatesPage, 'evaluations:templates'),
  pageRoute('/evaluaties/vragenlijsten/nieuw', TemplateBuilderPage, 'evaluations:save-template'),
  pageRoute('/evaluaties/vragenlijsten/:id', TemplateBuilderPage, 'evaluations:template'),
  pageRoute('/evaluaties/provincie/:templateId', ProvincePoolPage, 'evaluations:province'),
  pageRoute('/evaluaties/rondes/nieuw', RoundSetupPage, 'evaluations:save-round'),
  pageRoute('/evaluaties/:id/instellen', RoundSetupPage, 'evaluations:save-round'),
  pageRoute('/evaluaties/:id', RoundPage, 'evaluations:analysis'),
  pageRoute('/evaluaties/:id/rapport', EvaluationReportPage, 'evaluations:report'),
  pageRoute('/evaluaties/:id/invoeren', PaperEntryPage, 'evaluations:save-response'),
];

export const evaluationNavigation: NavEntry[] = [
  navEntry(evaluations, { label: 'evaluations.nav', icon: FactCheckOutlined, group: 'work' }),
];

/** Loaded when a kiosk runs, which most sessions never see. */
export const KioskGate = onDemand(() => import('./KioskGate').then((m) => m.KioskGate));
