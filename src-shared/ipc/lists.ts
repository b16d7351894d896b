// Reference data: the configurable lists (ideology, severity, weging decisions, intervention
// types, sources, partner organisations) and the ZVH regions with their municipalities.
import { z } from 'zod';
import { DECISION_EFFECTS, type DecisionEffect } from '../domain/casus';
import { channel } from './channel';
import { recordId } from './record-id';

export const LIST_NAMES = ['ideologie', 'ernst', 'besluit', 'interventie', 'bron', 'partner', 'overlegtype'] as const;
export type ListName = (typeof LIST_NAMES)[number];

export interface ListValue {
  code: string;
  label: string;
  active: boolean;
  /** For `besluit`: what the decision does to the casus. */
  effect: DecisionEffect | null;
}

export interface Region {
  id: number;
  name: string;
}

export interface Gemeente {
  id: number;
  name: string;
  regionId: number;
}

export interface ReferenceData {
  lists: Record<ListName, ListValue[]>;
  regions: Region[];
  gemeenten: Gemeente[];
}

const code = z.string().regex(/^[a-z0-9_]{1,40}$/);
/** The longest label of a list value, and name of a region or municipality: here and in their forms. */
export const LIST_LABEL_MAX = 80;
export const PLACE_NAME_MAX = 80;

export const listChannels = {
  'lists:get': channel<ReferenceData>()({ input: z.object({}).strict(), audit: 'none' }),
  /** Replaces the labels and order of one list; codes in use are never removed, only deactivated. */
  'lists:save': channel<ListValue[]>()({
    input: z
      .object({
        list: z.enum(LIST_NAMES),
        values: z
          .array(
            z
              .object({
                code: code.optional(),
                label: z.string().trim().min(1).max(LIST_LABEL_MAX),
                active: z.boolean(),
                effect: z.enum(DECISION_EFFECTS).nullable().default(null),
              })
              .strict(),
          )
          .min(1)
          .max(100),
      })
      .strict(),
    audit: 'change',
  }),
  /**
   * Renames and adds ZVH regions and their municipalities. A region or municipality that is left
   * out is removed only when nothing refers to it (REFERENCE_IN_USE otherwise).
   */
  'lists:save-regions': channel<ReferenceData>()({
    input: z
      .object({
        regions: z
          .array(
            z
              .object({
                id: recordId.optional(),
                name: z.string().trim().min(2).max(PLACE_NAME_MAX),
                gemeenten: z
                  .array(
                    z.object({ id: recordId.optional(), name: z.string().trim().min(2).max(PLACE_NAME_MAX) }).strict(),
                  )
                  .max(200),
              })
              .strict(),
          )
          .min(1)
          .max(20),
      })
      .strict(),
    audit: 'change',
  }),
};
