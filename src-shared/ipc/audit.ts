// Channels for the audit log (beheerder).
import { z } from 'zod';
import { channel, type AuditKind } from './channel';
import { isoDate } from './persons';
import { pageOffset, recordId } from './record-id';

/**
 * Where an entry's object name comes from: kept in the row when it was written (`stored`, since
 * 0024), read now for an older row whose object still exists (`current`), or nothing to read: the
 * object no longer exists (`gone`, e.g. a destroyed casus). Null: the object type has no name.
 */
export type ObjectLabelState = 'stored' | 'current' | 'gone' | null;

export interface AuditEntryView {
  id: number;
  at: string;
  actorId: number | null;
  /** The login name, as written. */
  actorName: string | null;
  /** The account's display name now (null: no account, or none any more). */
  actorDisplayName: string | null;
  action: string;
  kind: AuditKind;
  objectType: string | null;
  objectId: string | null;
  /** The object's human name (never a person's name); see `objectLabelState`. */
  objectLabel: string | null;
  objectLabelState: ObjectLabelState;
  result: string;
  reason: string | null;
}

/** The groups of actions the filter offers, in its order (which action is in which: audit-actions.ts). */
export const AUDIT_GROUPS = [
  'sessions',
  'cases',
  'meetings',
  'disclosure',
  'retention',
  'evaluations',
  'mentoring',
  'experts',
  'convenant',
  'figures',
  'beheer',
] as const;
export type AuditGroup = (typeof AUDIT_GROUPS)[number];

export const AUDIT_KINDS = ['session', 'view', 'change', 'export', 'print', 'delete'] as const;

/** The longest part of an object's name the filter searches for: here and in the filter's field. */
export const AUDIT_OBJECT_MAX = 64;

export const auditFilter = z
  .object({
    actorId: recordId.optional(),
    kind: z.enum(AUDIT_KINDS).optional(),
    action: z.string().max(64).optional(),
    /** A group of actions (audit-actions.ts), e.g. all of "Overleg". */
    group: z.enum(AUDIT_GROUPS).optional(),
    /** Part of the object's name: a casusnummer, a meeting's title (case-insensitive). */
    object: z.string().trim().min(1).max(AUDIT_OBJECT_MAX).optional(),
    objectType: z.string().max(64).optional(),
    objectId: z.string().max(64).optional(),
    /** Inclusive, dd-mm-jjjj in the UI, yyyy-mm-dd on the wire (local dates). */
    from: isoDate.optional(),
    to: isoDate.optional(),
  })
  .strict();
export type AuditFilter = z.infer<typeof auditFilter>;

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** The first entry whose content or link does not match the chain. */
  firstBroken: { id: number; at: string } | null;
}

/** Exports and prints always carry the user's reason; it is stored in the audit log. */
export const reasonSchema = z.string().trim().min(3, { error: 'validation.reasonRequired' }).max(500);

export const auditChannels = {
  'audit:query': channel<{ total: number; entries: AuditEntryView[] }>()({
    input: z
      .object({
        filter: auditFilter,
        offset: pageOffset,
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    audit: 'view',
  }),
  'audit:verify': channel<AuditVerification>()({ input: z.object({}).strict(), audit: 'view' }),
  'audit:export': channel<{ saved: boolean; fileName: string | null; count: number }>()({
    input: z.object({ filter: auditFilter, reason: reasonSchema }).strict(),
    audit: 'export',
  }),
};
