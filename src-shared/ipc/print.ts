// Printing: the renderer shows an A4 print view, then asks core to print it or save it as PDF.
import { z } from 'zod';
import { reasonSchema } from './audit';
import { channel } from './channel';
import { recordId } from './record-id';

export const PRINT_TARGETS = ['pdf', 'printer'] as const;

export const printChannels = {
  /** Prints the view that is shown; audited with the user's reason. */
  'print:view': channel<{ done: boolean; fileName: string | null }>()({
    input: z
      .object({
        /** What is printed (an i18n-free identifier, e.g. "audit-log"), for the audit log. */
        document: z.string().min(1).max(64),
        /** The document's title, shown in the page header next to "Vertrouwelijk". */
        title: z.string().min(1).max(200),
        reason: reasonSchema,
        target: z.enum(PRINT_TARGETS),
        /** The casus or person the document is about: checked for access and named in the audit log. */
        subject: z
          .object({ type: z.enum(['casus', 'persoon', 'overleg']), id: recordId })
          .strict()
          .nullable()
          .default(null),
      })
      .strict(),
    audit: 'print',
  }),
  /** During set-up only: print the recovery key sheet (there is no database or audit log yet). */
  'print:recovery-key': channel<{ done: boolean; fileName: string | null }>()({
    input: z.object({ target: z.enum(PRINT_TARGETS) }).strict(),
    audit: 'none',
  }),
};
