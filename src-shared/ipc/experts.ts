// Gemeentelijke experts CTER: which municipalities each expert supports (set by a beheerder), the
// consultations (advies) an expert gives them, and the overview per municipality and per year.
import { z } from 'zod';
import { ADVIES_ONDERWERPEN, type AdviesOnderwerp } from '../domain/mentoring';
import { channel } from './channel';
import { isoDate } from './persons';
import { recordId } from './record-id';

const id = recordId;

export interface ExpertView {
  accountId: number;
  displayName: string;
  active: boolean;
  gemeenten: { id: number; name: string }[];
}

export interface ExpertsByGemeente {
  experts: ExpertView[];
  perGemeente: { gemeenteId: number; name: string; regionId: number; experts: { id: number; displayName: string }[] }[];
}

export interface AdviesView {
  id: number;
  expert: { id: number; displayName: string };
  gemeente: { id: number; name: string };
  datum: string;
  onderwerp: AdviesOnderwerp;
  duurMinuten: number;
  toelichting: string;
}

export interface AdviesFigures {
  count: number;
  minutes: number;
}

export interface ExpertOverview {
  year: number;
  perGemeente: (AdviesFigures & {
    gemeenteId: number;
    name: string;
    regionId: number;
    onderwerpen: Partial<Record<AdviesOnderwerp, number>>;
    experts: string[];
  })[];
  perExpert: (AdviesFigures & { accountId: number; displayName: string })[];
  totals: AdviesFigures & { gemeenten: number };
}

export const expertChannels = {
  'experts:list': channel<ExpertsByGemeente>()({ input: z.object({}).strict(), audit: 'view' }),
  /** Links an account with the role gemeentelijk_expert to the municipalities it supports. */
  'experts:assign': channel<ExpertView>()({
    input: z.object({ accountId: id, gemeenteIds: z.array(id).max(100) }).strict(),
    audit: 'change',
  }),
  /** An expert records (or corrects) their own consultation of one of their municipalities. */
  'experts:save-advies': channel<AdviesView>()({
    input: z
      .object({
        id: id.optional(),
        gemeenteId: id,
        datum: isoDate,
        onderwerp: z.enum(ADVIES_ONDERWERPEN),
        duurMinuten: z.number().int().min(0).max(1440),
        toelichting: z.string().trim().max(2000).default(''),
      })
      .strict(),
    audit: 'change',
  }),
  'experts:advies': channel<AdviesView[]>()({
    input: z
      .object({
        year: z.number().int().min(2000).max(2100).nullable().default(null),
        gemeenteId: id.nullable().default(null),
        accountId: id.nullable().default(null),
      })
      .strict(),
    audit: 'view',
  }),
  'experts:overview': channel<ExpertOverview>()({
    input: z.object({ year: z.number().int().min(2000).max(2100) }).strict(),
    audit: 'view',
  }),
};
