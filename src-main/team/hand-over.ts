// The workstation's part of files and prints in team mode (src-shared/ipc/file-transfer.ts). The
// server ran the channel (permission, validation, disclosure control, audit) and handed over what
// the handler saved or printed; here the workstation's own platform does what it would have done
// in-process: the save dialog, the PDF of the print view in this window, the printer. Then the
// answer is made what it would have been in-process: `saved`/`done` and the file names are the
// user's choice, not the server's suggestion. An import's file is chosen and read here and sent
// as bytes (at most MAX_IMPORT_BYTES; the server checks that again, with the content).
// Generic over the channels: the answers that carry files all say `saved` or `done` for the first
// (main) one and name files in fields ending in `fileName` (src-shared/ipc: print, audit, figures,
// mentoring, rights, convenant, evaluations). A cancelled dialog ends the series, as in-process
// (mentoring's codebook is offered only once its data file was saved).
import { readFileSync, statSync } from 'node:fs';
import type { ErrorCode } from '../../src-shared/ipc/errors';
import {
  deliveriesSchema,
  MAX_IMPORT_BYTES,
  type Delivery,
  type DeliveryKind,
  type PrintLayout,
} from '../../src-shared/ipc/file-transfer';

/** What of the workstation's platform (core/platform.ts, main's Electron services) this needs. */
export interface WorkstationPlatform {
  print: {
    pdf(layout: PrintLayout): Promise<Uint8Array>;
    print(layout: PrintLayout): Promise<boolean>;
  };
  files: {
    saveAs(
      suggestedName: string,
      bytes: Uint8Array,
      kind: DeliveryKind,
    ): Promise<{ saved: boolean; fileName?: string }>;
    chooseFile(kind: 'markdown' | 'json'): Promise<string | null>;
  };
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; code: ErrorCode };

/**
 * The import's file, chosen and read here: its bytes as base64 for `upload`, null when the user
 * chose none; FILE_TOO_LARGE (before reading) or FILE_FAILED when it cannot be sent.
 */
export async function chooseUpload(
  platform: WorkstationPlatform,
  kind: 'markdown' | 'json',
): Promise<Outcome<{ data: string } | null>> {
  let file: string | null;
  try {
    file = await platform.files.chooseFile(kind);
  } catch {
    return { ok: false, code: 'FILE_FAILED' };
  }
  if (!file) return { ok: true, value: null };
  try {
    if (statSync(file).size > MAX_IMPORT_BYTES) return { ok: false, code: 'FILE_TOO_LARGE' };
    const bytes = readFileSync(file);
    if (bytes.length > MAX_IMPORT_BYTES) return { ok: false, code: 'FILE_TOO_LARGE' };
    return { ok: true, value: { data: bytes.toString('base64') } };
  } catch {
    return { ok: false, code: 'FILE_FAILED' };
  }
}

interface Done {
  /** The name the server suggested (null for the printer). */
  suggested: string | null;
  saved: boolean;
  fileName: string | null;
}

/** A failure of the workstation's platform, as the code the renderer gets (as in-process). */
class HandOverError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

async function attempt<T>(code: ErrorCode, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch {
    throw new HandOverError(code);
  }
}

async function handOne(platform: WorkstationPlatform, item: Delivery): Promise<Done> {
  if (item.type === 'print') {
    const printed = await attempt('PRINT_FAILED', () => platform.print.print(item.layout));
    return { suggested: null, saved: printed, fileName: null };
  }
  // As in-process (print/handlers.ts): a PDF that fails, made or saved, is PRINT_FAILED.
  const failed = item.type === 'pdf' ? 'PRINT_FAILED' : 'FILE_FAILED';
  const bytes =
    item.type === 'file'
      ? new Uint8Array(Buffer.from(item.data, 'base64'))
      : await attempt(failed, () => platform.print.pdf(item.layout));
  const saved = await attempt(failed, () =>
    platform.files.saveAs(item.name, bytes, item.type === 'file' ? item.kind : 'pdf'),
  );
  return { suggested: item.name, saved: saved.saved, fileName: saved.saved ? (saved.fileName ?? null) : null };
}

/** `value` as in-process: `saved`/`done` of the first delivery, the file names the user chose. */
export function settle(value: unknown, done: readonly Done[]): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || done.length === 0) return value;
  const settled: Record<string, unknown> = { ...value };
  for (const [key, field] of Object.entries(settled)) {
    if ((key === 'saved' || key === 'done') && typeof field === 'boolean') settled[key] = done[0]!.saved;
    else if (/filename$/i.test(key) && typeof field === 'string') {
      const match = done.find((item) => item.suggested === field);
      if (match) settled[key] = match.fileName;
    }
  }
  return settled;
}

/**
 * Hands each delivery of a successful answer to the workstation's platform, in order, and
 * settles the answer's value. INTERNAL for deliveries that are not what a CTER server sends;
 * FILE_FAILED / PRINT_FAILED when saving or printing fails here.
 */
export async function receive(
  platform: WorkstationPlatform,
  deliveries: unknown,
  value: unknown,
): Promise<Outcome<unknown>> {
  const parsed = deliveriesSchema.safeParse(deliveries);
  if (!parsed.success) return { ok: false, code: 'INTERNAL' };
  const done: Done[] = [];
  let cancelled = false;
  try {
    for (const item of parsed.data) {
      if (cancelled) {
        // Not offered once the user cancelled one (in-process the handler stops there too).
        done.push({ suggested: item.type === 'print' ? null : item.name, saved: false, fileName: null });
        continue;
      }
      const one = await handOne(platform, item);
      done.push(one);
      cancelled = !one.saved;
    }
  } catch (error) {
    return { ok: false, code: error instanceof HandOverError ? error.code : 'FILE_FAILED' };
  }
  return { ok: true, value: settle(value, done) };
}
