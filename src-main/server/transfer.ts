// The transport's part of files and prints in team mode (src-shared/ipc/file-transfer.ts): the
// upload of an import read from the request, and what the call handed to the workstation written
// into its answer, and the workstation's UI language (`locale`) the handed-over prints are worded in.
// The bytes stay in this process's memory: nothing is written to the server's disk.
import { isLocale } from '../../src-shared/domain/locale';
import type { Result } from '../../src-shared/ipc/errors';
import { IMPORT_KINDS, uploadSchema, type Delivery } from '../../src-shared/ipc/file-transfer';
import type { CallTransfer, Handover } from '../core/core';

/**
 * The call's transfer from the request's `upload` and `locale`: no upload sent, no bytes (the user
 * chose no file); no locale, the server's own. Undefined for an upload that is malformed or sent
 * with a channel that reads no file, or a locale that is not one of the UI's (the transport refuses
 * it, 400); an upload's size is the handler's to judge (FILE_TOO_LARGE, audited).
 */
export function transferOf(channel: unknown, upload: unknown, locale?: unknown): CallTransfer | undefined {
  if (locale !== undefined && locale !== null && !isLocale(locale)) return undefined;
  const language = { locale: isLocale(locale) ? locale : null };
  if (upload === undefined || upload === null) return { upload: null, deliveries: [], ...language };
  if (typeof channel !== 'string' || !(channel in IMPORT_KINDS)) return undefined;
  const parsed = uploadSchema.safeParse(upload);
  if (!parsed.success || parsed.data.data.length % 4 !== 0) return undefined;
  return { upload: new Uint8Array(Buffer.from(parsed.data.data, 'base64')), deliveries: [], ...language };
}

function wire(item: Handover): Delivery {
  if (item.type !== 'file') return item;
  return { type: 'file', name: item.name, kind: item.kind, data: Buffer.from(item.bytes).toString('base64') };
}

/** The answer with what the call handed over, when it succeeded; a failure hands over nothing. */
export function withDeliveries(result: Result<unknown>, transfer: CallTransfer): Result<unknown> {
  if (!result.ok || transfer.deliveries.length === 0) return result;
  return { ...result, deliveries: transfer.deliveries.map(wire) } as Result<unknown>;
}
