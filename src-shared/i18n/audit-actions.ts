// An audit action's description in one language, for code outside the renderer (the CSV export of
// the audit log): the text of audit-actions.ts's key, or the stored name for an action this version
// does not know (a later version's row), so nothing is hidden.
import type { Locale } from '../domain/locale';
import { auditActionKey, isKnownAuditAction } from '../ipc/audit-actions';
import { formatMessage } from './messages';

export function auditActionText(locale: Locale, action: string): string {
  return isKnownAuditAction(action) ? formatMessage(locale, auditActionKey(action)) : action;
}
