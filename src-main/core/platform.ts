// What core needs from the platform it runs on but must not implement itself: printing and
// saving files through a dialog. Electron's main process provides these with webContents and
// dialogs; the Chromium test harness provides them with Playwright.

export interface PdfOptions {
  /** Shown in the page header of every page (e.g. "Vertrouwelijk — Casusoverzicht"). */
  headerText: string;
  /** Footer template text with {{page}} and {{total}} already translated, e.g. "Pagina {{page}} van {{total}}". */
  pageLabel: string;
  landscape?: boolean;
}

export interface PrintService {
  /** Renders the requesting window's current print view to an A4 PDF. */
  pdf(options: PdfOptions): Promise<Uint8Array>;
  /** Sends the current print view to a printer through the system dialog; false when cancelled. */
  print(options: PdfOptions): Promise<boolean>;
}

export interface SaveResult {
  saved: boolean;
  /** The file name (not the path) the user chose. */
  fileName?: string;
}

export interface FileService {
  /** Asks the user where to save and writes the bytes there (crash-safe). */
  saveAs(suggestedName: string, bytes: Uint8Array, kind: 'pdf' | 'csv' | 'xlsx' | 'json' | 'txt'): Promise<SaveResult>;
}

export interface Platform {
  print: PrintService;
  files: FileService;
}
