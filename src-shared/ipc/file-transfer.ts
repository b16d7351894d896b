// Files and prints between a CTER server and the workstation (team mode, issue 18). A channel that
// uses the platform's dialogs or printer runs on the server, which has neither: there the platform
// of the call collects what the handler would have saved or printed (core/server/call-platform.ts)
// and the transport adds it to the answer as `deliveries`; the workstation's remote bridge hands
// each to its own platform (save dialog, PDF of the print view in its window, the printer) and
// fills in what the user chose (src-main/team/hand-over.ts). An import goes the other way: the
// bridge asks its own platform for the file, reads it and sends its bytes as `upload` beside the
// input; the server's handler validates them exactly as it validates a file read in-process.
//
// The wire (beside the `{ channel, input }` of `POST /rpc` and the Result it answers):
//   request  `upload: { data: <base64> }`   only for the channels in IMPORT_KINDS
//   answer   `deliveries: Delivery[]`        only on success, in the order the handler made them
import { z } from 'zod';
import type { ChannelName } from './contract';

/** The largest file an import reads (in-process and from a workstation alike): FILE_TOO_LARGE beyond. */
export const MAX_IMPORT_BYTES = 512 * 1024;

/**
 * The most a server hands to a workstation in one answer, all files together (FILE_TOO_LARGE
 * beyond): as base64 it stays well under what the client accepts (team/client.ts, 64 MiB).
 */
export const MAX_DELIVERY_BYTES = 32 * 1024 * 1024;

/** The channels that read a file the user chooses, with the kind of file the dialog offers. */
export const IMPORT_KINDS: Partial<Record<ChannelName, 'markdown' | 'json'>> = {
  'convenant:import': 'markdown',
  'evaluations:import-template': 'json',
};

export const DELIVERY_KINDS = ['pdf', 'csv', 'xlsx', 'json', 'txt', 'markdown'] as const;
export type DeliveryKind = (typeof DELIVERY_KINDS)[number];

/** A file name to suggest in a save dialog: one name, no folder, nothing a file system trips over. */
const suggestedName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|\p{Cc}.][^\\/:*?"<>|\p{Cc}]*$/u);

const base64 = z
  .string()
  .max(Math.ceil(MAX_DELIVERY_BYTES / 3) * 4)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/);

/** How the print view is laid out on paper (core/platform.ts PdfOptions). */
const layout = z
  .object({
    headerText: z.string().max(400),
    pageLabel: z.string().max(200),
    landscape: z.boolean().optional(),
  })
  .strict();

export const deliverySchema = z.discriminatedUnion('type', [
  /** A file the server made: the workstation offers to save it. */
  z.object({ type: z.literal('file'), name: suggestedName, kind: z.enum(DELIVERY_KINDS), data: base64 }).strict(),
  /** The print view shown in the workstation's window, as a PDF the workstation makes and offers to save. */
  z.object({ type: z.literal('pdf'), name: suggestedName, layout }).strict(),
  /** The print view shown in the workstation's window, to its printer. */
  z.object({ type: z.literal('print'), layout }).strict(),
]);

export type Delivery = z.infer<typeof deliverySchema>;
export type PrintLayout = z.infer<typeof layout>;

export const deliveriesSchema = z.array(deliverySchema).max(8);

/** `upload` of a request: the bytes of the file the user chose on the workstation. */
export const uploadSchema = z
  // Longer than MAX_IMPORT_BYTES allows, up to the body limit: the handler refuses it with
  // FILE_TOO_LARGE and an audit entry, as it refuses too large a file in-process.
  .object({
    data: z
      .string()
      .max(2 * 1024 * 1024)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  })
  .strict();
