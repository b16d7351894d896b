// Search and lists over persons and their cases.
import { z } from 'zod';
import { CASE_STATES, type CaseState } from '../domain/casus';
import { channel } from './channel';
import { pageOffset, recordId } from './record-id';

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

export const searchChannels = {
  /**
   * `total` counts at most 1,000; `capped` says there are more (the list says "meer dan 1.000").
   * `next`: where the next page starts (send it back as `after`; then `offset` is not used), when
   * the page is full and the list is not ranked by a text; otherwise page by `offset`.
   */
  'search:query': channel<{ total: number; capped: boolean; rows: SearchRow[]; next: string | null }>()({
    input: z
      .object({
        text: z.string().max(200).default(''),
        states: z.array(z.enum(CASE_STATES)).max(CASE_STATES.length).default([]),
        gemeenteId: recordId.nullable().default(null),
        regionId: recordId.nullable().default(null),
        ideologie: z.string().max(40).nullable().default(null),
        sort: z.enum(SEARCH_SORTS).default('relevantie'),
        descending: z.boolean().default(false),
        offset: pageOffset,
        after: z.string().max(1000).nullable().default(null),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    audit: 'view',
  }),
};
