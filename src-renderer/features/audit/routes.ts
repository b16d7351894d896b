// The audit log: query, print, export. Its pages and navigation entries, which the shell merges
// into its route table and menu. Each page is named with onDemand: a chunk of its own, fetched on
// the page's first visit.
import HistoryEduOutlined from '@mui/icons-material/HistoryEduOutlined';
import { navEntry, onDemand, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';

const AuditPage = onDemand(() => import('./AuditPage').then((m) => m.AuditPage));
const AuditPrintPage = onDemand(() => import('./AuditPrintPage').then((m) => m.AuditPrintPage));

const auditLog = pageRoute('/beheer/auditlog', AuditPage, 'audit:query');

export const auditRoutes: PageRoute[] = [
  auditLog,
  pageRoute('/beheer/auditlog/afdrukken', AuditPrintPage, 'audit:query'),
];

export const auditNavigation: NavEntry[] = [
  navEntry(auditLog, { label: 'nav.audit', icon: HistoryEduOutlined, group: 'beheer' }),
];
