// Readable names for what the audit log stores as identifiers: channel names ("session:login"),
// kinds and object types. Unknown values (a later feature's channel) fall back to the raw name, so
// nothing is ever hidden.
import type { TFunction } from 'i18next';
import { AUDIT_KINDS } from '../../../src-shared/ipc/audit';
import { contract, type ChannelName } from '../../../src-shared/ipc/contract';
import { currentActionName } from '../../../src-shared/ipc/former-names';

/**
 * Actions core writes that are not channels of the bridge (the demo dataset's own entries; a
 * server session's token used from another address than its log-in's; a background check of the
 * database file that found damage).
 */
const EXTRA_ACTIONS = ['demo:seed', 'session:foreign-address', 'backup:check'];

/** Every action the audit log can hold today, for the filter. */
export const AUDIT_ACTIONS: readonly string[] = [
  ...(Object.keys(contract) as ChannelName[]).filter((name) => contract[name].audit !== 'none'),
  ...EXTRA_ACTIONS,
];

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
  'persoon',
  'policy',
  'regio',
  'zoeken',
] as const;

export { AUDIT_KINDS };

type Exists = (key: string) => boolean;

function labelOr(t: TFunction, exists: Exists, key: string, raw: string): string {
  return exists(key) ? t(key) : raw;
}

export function actionLabel(t: TFunction, exists: Exists, action: string): string {
  // "session:login" -> audit.actions.session.login (a colon would be read as a namespace).
  const current = currentActionName(action);
  return labelOr(t, exists, `audit.actions.${current.replace(':', '.')}`, current);
}

export function objectTypeLabel(t: TFunction, exists: Exists, objectType: string): string {
  return labelOr(t, exists, `audit.objectTypes.${objectType}`, objectType);
}

/** "gelukt", a short label for the usual refusals, else the full message of the error code. */
export function resultLabel(t: TFunction, exists: Exists, result: string): string {
  if (result === 'ok') return t('audit.resultOk');
  const short = `audit.results.${result}`;
  if (exists(short)) return t(short);
  return labelOr(t, exists, `common:errors.${result}`, result);
}
