// Search and lists over persons and their cases, and "Mijn werk".
import { z } from 'zod';
import { CASE_STATES, type ActionStatus, type CaseState } from '../domain/casus';
import { channel } from './channel';

export const SEARCH_SORTS = ['relevantie', 'naam', 'geboortejaar', 'laatste_signaal', 'status', 'nummer'] as const;

export interface SearchRow {
  caseId: number;
  caseNumber: string;
  state: CaseState;
  personId: number;
  naam: string;
  roepnaam: string;
  aliases: string[];
  geboortejaar: number | null;
  gemeente: string;
  region: string;
  lastSignal: string | null;
  afgeschermd: boolean;
  /** Beperking van verwerking: shown wherever the person appears. */
  restricted: boolean;
}

export interface WorkItem {
  caseId: number;
  caseNumber: string;
  naam: string;
  /** The date that makes it due: deadline, planned monitoring, date received. */
  date: string;
  text: string;
  ref: number;
  status?: ActionStatus;
}

export interface MyWork {
  overdueActions: WorkItem[];
  dueSoonActions: WorkItem[];
  monitoringDue: WorkItem[];
  awaitingWeging: WorkItem[];
  casesWithoutPlan: WorkItem[];
}

export const searchChannels = {
  /** `total` counts at most 1,000; `capped` says there are more (the list says "meer dan 1.000"). */
  'search:query': channel<{ total: number; capped: boolean; rows: SearchRow[] }>()({
    input: z
      .object({
        text: z.string().max(200).default(''),
        states: z.array(z.enum(CASE_STATES)).max(CASE_STATES.length).default([]),
        gemeenteId: z.number().int().positive().nullable().default(null),
        regionId: z.number().int().positive().nullable().default(null),
        ideologie: z.string().max(40).nullable().default(null),
        sort: z.enum(SEARCH_SORTS).default('relevantie'),
        descending: z.boolean().default(false),
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    audit: 'view',
  }),
  'work:mine': channel<MyWork>()({ input: z.object({}).strict(), audit: 'view' }),
};
