// The filter in words, for the printed sheet: "Gebruiker: Jan Jansen; Groep: Overleg; ..." or "Alles".
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from '../../../src-shared/ipc/audit';
import { useBridgeQuery } from '../../kit/bridge';
import { dutchDay } from './filter';
import { actionLabel, groupLabel, objectTypeLabel } from './labels';

export function AuditFilterSummary({ filter }: { filter: AuditFilter }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const accounts = useBridgeQuery('accounts:list', {}, { enabled: filter.actorId !== undefined });
  const actor = accounts.data?.find((account) => account.id === filter.actorId);
  const parts: string[] = [];
  if (filter.actorId !== undefined) {
    parts.push(`${t('audit.filters.actor')}: ${actor ? actor.displayName : String(filter.actorId)}`);
  }
  if (filter.kind) parts.push(`${t('audit.filters.kind')}: ${t(`audit.kinds.${filter.kind}`)}`);
  if (filter.group) parts.push(`${t('audit.filters.group')}: ${groupLabel(t, filter.group)}`);
  if (filter.action) parts.push(`${t('audit.filters.action')}: ${actionLabel(t, exists, filter.action)}`);
  if (filter.objectType) {
    parts.push(`${t('audit.filters.objectType')}: ${objectTypeLabel(t, exists, filter.objectType)}`);
  }
  if (filter.object) parts.push(`${t('audit.filters.object')}: ${filter.object}`);
  if (filter.from) parts.push(`${t('audit.filters.from')}: ${dutchDay(filter.from)}`);
  if (filter.to) parts.push(`${t('audit.filters.to')}: ${dutchDay(filter.to)}`);
  return <>{parts.length ? parts.join('; ') : t('audit.printView.everything')}</>;
}
