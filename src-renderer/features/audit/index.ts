// The audit log: query, print, export. The feature's public face: its routes and entry, and the
// names of logged actions (an inzage shows them too).
import HistoryEduOutlined from '@mui/icons-material/HistoryEduOutlined';
import { navEntry, pageRoute, type NavEntry, type PageRoute } from '../../kit/routes';
import { AuditPage } from './AuditPage';
import { AuditPrintPage } from './AuditPrintPage';

const auditLog = pageRoute('/beheer/auditlog', AuditPage, 'audit:query');

export const auditRoutes: PageRoute[] = [
  auditLog,
  pageRoute('/beheer/auditlog/afdrukken', AuditPrintPage, 'audit:query'),
];

export const auditNavigation: NavEntry[] = [
  navEntry(auditLog, { label: 'nav.audit', icon: HistoryEduOutlined, group: 'beheer' }),
];

export { actionLabel } from './labels';
