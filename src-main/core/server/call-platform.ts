// The platform a CTER server's call sees (team mode, issue 18). The server has no window, no
// dialog and no printer; the workstation that made the call has. So inside a server call that
// carries a transfer (call-session.ts `CallTransfer`, given by the transport) nothing is saved,
// printed or read here: what the handler saves becomes a file for the workstation, a print of the
// view its window shows a PDF or print job for it, and an import's file is the bytes the
// workstation sent. Nothing touches the server's disk. The handlers do not change: they get this
// platform like any other, and outside such a call (the desktop, the CLI) it is the core's own.
//
// A save answers `saved` with the suggested name (the workstation's bridge replaces it with what
// its user chose, src-main/team/hand-over.ts), a print `true`. All files of one answer together
// are at most MAX_DELIVERY_BYTES (FILE_TOO_LARGE beyond: the call fails, nothing leaves).
// What the server words for the workstation (a print's header and page label) is in the language
// of the workstation's UI, which the call carries (`callLocale`), not in the server's.
import type { Locale } from '../../../src-shared/domain/locale';
import { MAX_DELIVERY_BYTES, type DeliveryKind } from '../../../src-shared/ipc/file-transfer';
import { AppError } from '../../../src-shared/ipc/errors';
import { chooseAndRead, type FileKind, type PdfOptions, type Platform } from '../platform';
import { serverCall, type CallTransfer } from '../workspace/call-session';

/** What a server call may hand over: no backup file, no folder (those channels are refused on PostgreSQL). */
function deliveryKind(kind: FileKind): DeliveryKind {
  if (kind === 'backup') throw new AppError('NOT_ON_SERVER');
  return kind;
}

const layoutOf = (options: PdfOptions) => ({
  headerText: options.headerText,
  pageLabel: options.pageLabel,
  ...(options.landscape === undefined ? {} : { landscape: options.landscape }),
});

/** The UI language: the workstation's inside a server call that names it, else `own` (the preferences). */
export function callLocale(own: () => Locale): () => Locale {
  return () => serverCall()?.transfer?.locale ?? own();
}

/** `own`, except inside a server call with a transfer, where the workstation does the work. */
export function callPlatform(own: Platform): Platform {
  const transfer = (): CallTransfer | null => serverCall()?.transfer ?? null;
  // The print view's PDF is made on the workstation: `pdf` answers a stand-in that `saveAs` knows.
  const views = new WeakMap<Uint8Array, PdfOptions>();
  const size = (t: CallTransfer) =>
    t.deliveries.reduce((sum, item) => sum + (item.type === 'file' ? item.bytes.length : 0), 0);

  return {
    ...own,
    print: {
      async pdf(options) {
        if (!transfer()) return own.print.pdf(options);
        const standIn = new Uint8Array(0);
        views.set(standIn, options);
        return standIn;
      },
      async print(options) {
        const t = transfer();
        if (!t) return own.print.print(options);
        t.deliveries.push({ type: 'print', layout: layoutOf(options) });
        return true;
      },
    },
    files: {
      async saveAs(suggestedName, bytes, kind) {
        const t = transfer();
        if (!t) return own.files.saveAs(suggestedName, bytes, kind);
        const view = views.get(bytes);
        if (view) t.deliveries.push({ type: 'pdf', name: suggestedName, layout: layoutOf(view) });
        else {
          if (size(t) + bytes.length > MAX_DELIVERY_BYTES) throw new AppError('FILE_TOO_LARGE');
          t.deliveries.push({ type: 'file', name: suggestedName, kind: deliveryKind(kind), bytes });
        }
        return { saved: true, fileName: suggestedName };
      },
      async chooseSaveLocation(suggestedName, kind) {
        // A path on the server is of no use to the workstation's user (backups: `cter backup`).
        if (transfer()) throw new AppError('NOT_ON_SERVER');
        return own.files.chooseSaveLocation(suggestedName, kind);
      },
      async chooseFile(kind) {
        if (transfer()) throw new AppError('NOT_ON_SERVER');
        return own.files.chooseFile(kind);
      },
      async chooseFolder() {
        if (transfer()) throw new AppError('NOT_ON_SERVER');
        return own.files.chooseFolder();
      },
      async openFile(kind) {
        const t = transfer();
        if (t) return t.upload;
        return own.files.openFile ? own.files.openFile(kind) : chooseAndRead(own.files, kind);
      },
    },
  };
}
