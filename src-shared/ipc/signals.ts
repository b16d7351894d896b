// Signals (meldingen) and their weging.
import { z } from 'zod';
import type { CaseState } from '../domain/casus';
import { channel } from './channel';
import { isoDate, personInput } from './persons';
import { recordId } from './record-id';

const code = z.string().min(1, { error: 'validation.required' }).max(40);

export const signalInput = z
  .object({
    melderPartner: code,
    melderContact: z.string().trim().max(200).default(''),
    ontvangen: isoDate,
    omschrijving: z.string().trim().min(10, { error: 'validation.descriptionTooShort' }).max(20000),
    ideologie: code,
    ernst: code,
    bron: code,
  })
  .strict();
export type SignalInput = z.output<typeof signalInput>;

export const registerInput = z
  .object({
    /** An existing person (chosen from the matches), or a new one. */
    person: z.union([
      z.object({ id: recordId }).strict(),
      z
        .object({
          nieuw: personInput,
          /**
           * The possible matches the user was shown and chose a new person over (none: there were
           * none). Core checks again under a lock and refuses with POSSIBLE_DUPLICATE when it finds
           * one not in this list (someone else registered the person meanwhile). Absent: no check
           * (the CLI, demo data and older callers).
           */
          seenMatches: z.array(recordId).max(50).optional(),
        })
        .strict(),
    ]),
    signal: signalInput,
  })
  .strict();

export const wegingInput = z
  .object({
    signalId: recordId,
    besluit: code,
    motivering: z.string().trim().min(10, { error: 'validation.reasoningTooShort' }).max(20000),
    deelnemers: z.array(code).min(1, { error: 'validation.participantsRequired' }).max(30),
    datum: isoDate,
  })
  .strict();

export interface RegisteredSignal {
  signalId: number;
  personId: number;
  caseId: number;
  caseNumber: string;
  /** True when the signal joined a casus that was already open for this person. */
  joinedOpenCase: boolean;
}

export const signalChannels = {
  'signals:register': channel<RegisteredSignal>()({ input: registerInput, audit: 'change' }),
  'signals:weigh': channel<{ caseId: number; state: CaseState }>()({ input: wegingInput, audit: 'change' }),
};
