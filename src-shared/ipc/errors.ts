// Error codes the bridge may return. The renderer and CLI translate a code (with its params)
// through i18next (`common:errors.<code>`); nothing else about a failure crosses the bridge.
import type { FieldError } from '../domain/field-error';

export const ERROR_CODES = [
  'UNKNOWN_CHANNEL',
  'FORBIDDEN',
  'INVALID_INPUT',
  'INTERNAL',
  'TRANSPORT',
  'CORE_STOPPED',
  'NOT_AUTHENTICATED',
  'SESSION_EXPIRED',
  'NOT_ON_SERVER',
  'PASSWORD_CHANGE_REQUIRED',
  'WRONG_CREDENTIALS',
  'THROTTLED',
  'SERVER_BUSY',
  'ACCOUNT_INACTIVE',
  'PASSWORD_COMMON',
  'PASSWORD_REUSED',
  'NOT_FOUND',
  'USERNAME_TAKEN',
  'LAST_BEHEERDER',
  'SELF_DEACTIVATE',
  'SELF_RESET',
  'DATABASE_MISSING',
  'DATABASE_EXISTS',
  'DATABASE_DAMAGED',
  'DATABASE_TOO_NEW',
  'MIGRATION_FAILED',
  'OFFLINE_COPY_DAMAGED',
  'SETTINGS_DAMAGED',
  'DATABASE_IN_USE',
  'STORE_CONFIG_INVALID',
  'STORE_PASSWORD_FILE_MISSING',
  'STORE_PASSWORD_FILE_UNSAFE',
  'STORE_UNREACHABLE',
  'STORE_ROLE_BYPASSES_RLS',
  'STORE_CONFLICT',
  'STORAGE_FULL',
  'STORAGE_READONLY',
  'REKEY_ON_SERVER',
  'BACKUP_ON_SERVER',
  'PG_TOOLS_MISSING',
  'DUMP_FAILED',
  'DUMP_UNREADABLE',
  'DUMP_TOO_NEW',
  'RESTORE_TARGET_NOT_EMPTY',
  'RESTORE_FAILED',
  'RESTORE_IN_PROGRESS',
  'RESTORE_INTERRUPTED',
  'RECOVERY_KEY_ON_SERVER',
  'KEYFILE_MISSING',
  'KEYFILE_DAMAGED',
  'RECOVERY_KEY_INVALID',
  'RECOVERY_KEY_WRONG',
  'SETUP_NOT_ALLOWED',
  'MANAGED_BY_POLICY',
  'SETUP_CONFIRMATION_WRONG',
  'BACKUP_INVALID',
  'BACKUP_NOT_BEHEERDER',
  'NOT_DEMO',
  'FILE_FAILED',
  'FILE_TOO_LARGE',
  'PRINT_FAILED',
  'TRANSITION_NOT_ALLOWED',
  'OUTCOME_REQUIRED',
  'UNKNOWN_CODE',
  'SIGNAL_ALREADY_WEIGHED',
  'REFERENCE_IN_USE',
  'PERSON_RESTRICTED',
  'DESTRUCTION_CONFIRMATION',
  'NOT_DUE',
  'MEETING_ADOPTED',
  'MEETING_NOT_ADOPTED',
  'ITEM_HAS_MINUTES',
  'NOT_CHAIR',
  'MEETING_NOT_YET_HELD',
  'CASE_ON_AGENDA',
  'MEETING_CHECKED_OUT',
  'MEETING_ALREADY_CHECKED_OUT',
  'CHECK_OUT_NOT_ALLOWED',
  'LEASE_UNTIL_INVALID',
  'CHECK_IN_NOT_PENDING',
  'CHECK_IN_CHOICE_MISSING',
  'CHECK_IN_OFFLINE_RANGE',
  'CONFLICT_COPY_RESOLVED',
  'CONVENANT_INVALID',
  'CONVENANT_VERSION_EXISTS',
  'CONVENANT_QUESTION_EMPTY',
  'CONVENANT_SYNONYMS_FULL',
  'TEMPLATE_INVALID',
  'TEMPLATE_KEY_EXISTS',
  'ROUND_HAS_RESPONSES',
  'ROUND_NOT_OPEN',
  'INVITED_EXCEEDED',
  'KIOSK_ACTIVE',
  'KIOSK_NOT_ACTIVE',
  'MENTOR_TRAINING_INCOMPLETE',
  'MENTOR_NOT_AVAILABLE',
  'TRAJECT_NO_MENTOR',
  'TRAJECT_END_REQUIRED',
  'TRAJECT_CLOSED',
  'TRAJECT_EXISTS',
  'NOT_MENTORTRAJECT',
  'NOT_EXPERT',
  'EXPERT_NOT_FOR_GEMEENTE',
  'STALE_VERSION',
  'POSSIBLE_DUPLICATE',
  'SERVER_ADDRESS_INVALID',
  'SERVER_UNREACHABLE',
  'FINGERPRINT_MISMATCH',
  'NOT_A_CTER_SERVER',
  'WORKSTATION_NOT_REGISTERED',
  'NO_CONNECTION',
  'REQUEST_KEY_MISSING',
  'REQUEST_KEY_REUSED',
  'REQUEST_ANSWER_NOT_KEPT',
  'NOT_IN_TEAM_MODE',
  'NO_LOCAL_COPY',
  'NOT_IN_LOCAL_COPY',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export type { FieldError };

export interface BridgeError {
  code: ErrorCode;
  /** Dutch text for logs and the CLI; the UI translates `code` instead. */
  message: string;
  params?: Record<string, string | number>;
  /** Per field path ("naam", "aliases.0"), for forms. */
  fields?: Record<string, FieldError>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: BridgeError };

/**
 * Thrown by services for an expected failure the user should understand (wrong password, a
 * transition that is not allowed, ...). The router turns it into a `BridgeError`; any other
 * exception becomes `INTERNAL` without detail.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params?: Record<string, string | number>,
    readonly fields?: Record<string, FieldError>,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
