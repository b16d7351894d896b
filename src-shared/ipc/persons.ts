// Persons (betrokkenen): registering, finding possible duplicates, viewing and correcting.
import { z } from 'zod';
import { BSN_LENGTH, isValidBsn } from '../domain/bsn';
import type { CaseState } from '../domain/casus';
import { FIRST_YEAR, isCalendarDay, LAST_YEAR } from '../domain/format';
import { channel } from './channel';
import { MAX_ID, recordId } from './record-id';

export const GESLACHTEN = ['man', 'vrouw', 'anders'] as const;

/**
 * A day of the calendar as yyyy-mm-dd: ten characters (a longer text is no date either);
 * 2026-02-31 and month 13 are refused, not stored.
 */
export const isoDate = z
  .string()
  .max(10, { error: 'validation.date' })
  .refine(isCalendarDay, { error: 'validation.date' });
const year = z.number().int().min(FIRST_YEAR).max(LAST_YEAR);

export const personInput = z
  .object({
    naam: z.string().trim().min(2).max(120),
    roepnaam: z.string().trim().max(60).default(''),
    aliases: z.array(z.string().trim().min(1).max(120)).max(20).default([]),
    /** The full date when known; otherwise at least the year. */
    geboortedatum: isoDate.nullable().default(null),
    geboortejaar: year.nullable().default(null),
    geslacht: z.enum(GESLACHTEN).nullable().default(null),
    gemeenteId: z.number().int().positive({ error: 'validation.required' }).max(MAX_ID),
    bsn: z
      .string()
      .trim()
      .max(BSN_LENGTH, { error: 'validation.bsn' })
      .refine((value) => value === '' || isValidBsn(value), { error: 'validation.bsn' })
      .default(''),
    notities: z.string().max(4000).default(''),
  })
  .strict()
  .refine((p) => p.geboortedatum !== null || p.geboortejaar !== null, {
    path: ['geboortedatum'],
    error: 'validation.birthRequired',
  });
export type PersonInput = z.output<typeof personInput>;

export interface PersonMatch {
  id: number;
  naam: string;
  roepnaam: string;
  aliases: string[];
  geboortedatum: string | null;
  geboortejaar: number | null;
  gemeente: string;
  /** 0..1: how alike the name and birth data are. */
  score: number;
  /** What matched: 'naam', 'alias', 'geboortedatum', 'geboortejaar'. */
  reasons: string[];
  openCase: { id: number; number: string; state: CaseState } | null;
}

export interface PersonView {
  id: number;
  naam: string;
  roepnaam: string;
  aliases: string[];
  geboortedatum: string | null;
  geboortejaar: number | null;
  geslacht: (typeof GESLACHTEN)[number] | null;
  gemeenteId: number;
  gemeente: string;
  bsn: string;
  notities: string;
  createdAt: string;
  restricted: boolean;
  restrictedReason: string;
  restrictedAt: string | null;
  corrections: { at: string; door: string | null; field: string; oldValue: string; newValue: string; reden: string }[];
}

export const personChannels = {
  'persons:matches': channel<PersonMatch[]>()({
    input: z
      .object({
        naam: z.string().trim().min(2).max(120),
        aliases: z.array(z.string().max(120)).max(20).default([]),
        geboortedatum: isoDate.nullable().default(null),
        geboortejaar: year.nullable().default(null),
      })
      .strict(),
    audit: 'view',
  }),
  'persons:get': channel<PersonView>()({
    input: z.object({ id: recordId }).strict(),
    audit: 'view',
  }),
  /** A correction: what changed is kept with the reason and who made it. */
  'persons:update': channel<PersonView>()({
    input: z
      .object({
        id: recordId,
        person: personInput,
        reden: z.string().trim().min(3, { error: 'validation.reasonRequired' }).max(2000),
      })
      .strict(),
    audit: 'change',
  }),
  'persons:restrict': channel<PersonView>()({
    input: z
      .object({
        id: recordId,
        restricted: z.boolean(),
        reden: z.string().trim().min(3, { error: 'validation.reasonRequired' }).max(2000),
      })
      .strict(),
    audit: 'change',
  }),
};
