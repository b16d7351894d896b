// Readable names for what the audit log stores as identifiers: actions (channel names such as
// "meetings:save-item", described once in src-shared: ipc/audit-actions.ts and the common messages),
// their groups, kinds, object types and objects. An unknown value (a later version's action or
// type) falls back to the raw name, so nothing is ever hidden.
import type { TFunction } from 'i18next';
import { AUDIT_KINDS, type AuditEntryView } from '../../../src-shared/ipc/audit';
import {
  AUDIT_ACTION_NAMES,
  AUDIT_GROUPS,
  auditActionKey,
  auditGroupOf,
  isKnownAuditAction,
  type AuditGroup,
} from '../../../src-shared/ipc/audit-actions';

/** The object types core writes today, for the filter; a later one still shows by its raw name. */
export const OBJECT_TYPES = [
  'account',
  'audit',
  'casus',
  'database',
  'demo',
  'document',
  'keuzelijst',
  'mijn-werk',
  'overleg',
  'persoon',
  'policy',
  'regio',
  'vragenlijst',
  'evaluatieronde',
  'aanbeveling',
  'mentortraject',
  'mentor',
  'expert',
  'expertadvies',
  'convenant',
  'zoeken',
] as const;

export { AUDIT_GROUPS, AUDIT_KINDS };

type Exists = (key: string) => boolean;

function labelOr(t: TFunction, exists: Exists, key: string, raw: string): string {
  return exists(key) ? t(key) : raw;
}

/** "Notulen van een agendapunt opgeslagen" for "meetings:save-item" (and for its former names). */
export function actionLabel(t: TFunction, _exists: Exists, action: string): string {
  return isKnownAuditAction(action) ? t(auditActionKey(action), { ns: 'common' }) : action;
}

export function groupLabel(t: TFunction, group: AuditGroup): string {
  return t(`common:auditLog.groups.${group}`);
}

/** The actions of each group, in the filter's order, each group's sorted by its description. */
export function actionsByGroup(t: TFunction): { group: AuditGroup; actions: { action: string; label: string }[] }[] {
  return AUDIT_GROUPS.map((group) => ({
    group,
    actions: AUDIT_ACTION_NAMES.filter((action) => auditGroupOf(action) === group)
      .map((action) => ({ action, label: actionLabel(t, () => true, action) }))
      .sort((a, b) => a.label.localeCompare(b.label, 'nl')),
  }));
}

export function objectTypeLabel(t: TFunction, exists: Exists, objectType: string): string {
  return labelOr(t, exists, `audit.objectTypes.${objectType}`, objectType);
}

/**
 * The object as the officer reads it: "Casus 2026-0012", "Overleg ICO Noord, 07-12-2026"; an
 * older row's object by its current name (marked so), or as no longer there; without a name, the
 * type and the stored id.
 */
export function objectLabel(t: TFunction, exists: Exists, entry: AuditEntryView): string | null {
  if (!entry.objectType) return null;
  const type = objectTypeLabel(t, exists, entry.objectType);
  // A person is named by the casusnummers of their casussen, never by name (object-labels.ts).
  if (entry.objectType === 'persoon' && entry.objectLabel && entry.objectLabelState !== 'gone') {
    return t(entry.objectLabelState === 'current' ? 'audit.object.personCurrent' : 'audit.object.person', {
      label: entry.objectLabel,
    });
  }
  switch (entry.objectLabelState) {
    case 'stored':
      return t('audit.object.named', { type, label: entry.objectLabel });
    case 'current':
      return t('audit.object.current', { type, label: entry.objectLabel });
    case 'gone':
      return t('audit.object.gone', { type });
    default:
      return entry.objectId ? t('audit.object.numbered', { type, id: entry.objectId }) : type;
  }
}

/** "gelukt", a short label for the usual refusals, else the full message of the error code. */
export function resultLabel(t: TFunction, exists: Exists, result: string): string {
  if (result === 'ok') return t('audit.resultOk');
  const short = `audit.results.${result}`;
  if (exists(short)) return t(short);
  return labelOr(t, exists, `common:errors.${result}`, result);
}
