// What core needs from the platform it runs on but must not implement itself: printing and
// saving files through a dialog. Electron's main process provides these with webContents and
// dialogs; the Chromium test harness provides them with Playwright. On a CTER server a call's
// platform hands them to the workstation instead (server/call-platform.ts).
import { readFileSync, statSync } from 'node:fs';
import { MAX_IMPORT_BYTES } from '../../src-shared/ipc/file-transfer';
import { AppError } from '../../src-shared/ipc/errors';

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

export type FileKind = 'pdf' | 'csv' | 'xlsx' | 'json' | 'txt' | 'backup' | 'markdown';

export interface FileService {
  /** Asks the user where to save and writes the bytes there (crash-safe). */
  saveAs(suggestedName: string, bytes: Uint8Array, kind: FileKind): Promise<SaveResult>;
  /** Asks the user for a location to save to; null when cancelled. The caller writes. */
  chooseSaveLocation(suggestedName: string, kind: FileKind): Promise<string | null>;
  /** Asks the user for an existing file; null when cancelled. */
  chooseFile(kind: FileKind): Promise<string | null>;
  /**
   * The bytes of a file the user chose, where the platform has them without a path here (a server
   * call: what the workstation sent); null when cancelled. Absent: `chooseFile`, then read it.
   */
  openFile?(kind: FileKind): Promise<Uint8Array | null>;
  /** Asks the user for a folder; null when cancelled. */
  chooseFolder(): Promise<string | null>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The page header's font. The printer's templates see only installed fonts, not the document's web
 * font, so this is the theme's fallback stack; the renderer's paged preview draws its page header in
 * the same stack (global.css `.page-furniture`).
 */
const PAGE_FONT = "'Segoe UI', Roboto, Arial, sans-serif";

/** Header and footer templates for Chromium's PDF printer (A4, page numbers in the footer). */
export function pageTemplates(options: PdfOptions): { headerTemplate: string; footerTemplate: string } {
  const style = `font-family: ${PAGE_FONT}; font-size: 8pt; width: 100%; margin: 0 12mm; color: #333;`;
  const pageLabel = escapeHtml(options.pageLabel)
    .replace('{{page}}', '<span class="pageNumber"></span>')
    .replace('{{total}}', '<span class="totalPages"></span>');
  return {
    headerTemplate: `<div style="${style} text-align: right;">${escapeHtml(options.headerText)}</div>`,
    footerTemplate: `<div style="${style} text-align: center;">${pageLabel}</div>`,
  };
}

/** The application window, where core's state decides its shape. */
export interface WindowService {
  /** Kiosk mode (evaluations): full screen with nothing of the desktop reachable; false restores it. */
  setKiosk(on: boolean): void;
}

/**
 * Team mode: the connection to a CTER server, which Electron's main process makes (core never opens
 * a network connection). Only the first-run wizard uses it, through team:probe and team:connect.
 * Failures are AppErrors: SERVER_ADDRESS_INVALID, SERVER_UNREACHABLE, NOT_A_CTER_SERVER,
 * FINGERPRINT_MISMATCH.
 */
export interface TeamService {
  /** Asks the server at `address` for its certificate; nothing is pinned or stored. */
  probe(address: string): Promise<{ host: string; port: number; fingerprint: string }>;
  /** Pins `fingerprint` (canonical form) for `address` and connects; refuses another certificate. */
  connect(address: string, fingerprint: string): Promise<void>;
  /**
   * The server this workstation is connected to, for vault:status's `team` (null: none). A seam:
   * in the app main answers vault:status itself in team mode; the renderer test harness uses it
   * to show the shell as it is in team mode with the embedded core behind it (not connected and
   * nobody logged in: core answers 'no-connection', SERVER_UNREACHABLE, as the contract says).
   */
  current?(): { host: string; port: number; connected: boolean } | null;
}

export interface Platform {
  print: PrintService;
  files: FileService;
  /** Absent where there is no window (CLI, most tests). */
  window?: WindowService;
  /** Absent where nothing may connect to a CTER server (CLI, the server itself, most tests). */
  team?: TeamService;
}

/**
 * Asks the user for a file and reads it, at most MAX_IMPORT_BYTES (FILE_TOO_LARGE, before reading
 * it); FILE_FAILED when it cannot be read; null when cancelled.
 */
export async function chooseAndRead(files: FileService, kind: FileKind): Promise<Uint8Array | null> {
  const file = await files.chooseFile(kind);
  if (!file) return null;
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    throw new AppError('FILE_FAILED');
  }
  if (size > MAX_IMPORT_BYTES) throw new AppError('FILE_TOO_LARGE');
  try {
    return readFileSync(file);
  } catch {
    throw new AppError('FILE_FAILED');
  }
}

/**
 * The text (UTF-8) of a file the user chooses for an import, or null when cancelled: the platform's
 * `openFile` where it has one (a server call: the bytes the workstation sent), else `chooseAndRead`.
 * The same limit, MAX_IMPORT_BYTES, for a file chosen here and one a workstation sent.
 */
export async function readChosenFile(files: FileService, kind: FileKind): Promise<string | null> {
  const bytes = files.openFile ? await files.openFile(kind) : await chooseAndRead(files, kind);
  if (bytes === null) return null;
  if (bytes.length > MAX_IMPORT_BYTES) throw new AppError('FILE_TOO_LARGE');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

const unavailable = (): never => {
  throw new Error('no dialogs or printing on this platform');
};

/** For the CLI and services without a window: every dialog or print call fails. */
export const headlessPlatform: Platform = {
  print: { pdf: unavailable, print: unavailable },
  files: { saveAs: unavailable, chooseSaveLocation: unavailable, chooseFile: unavailable, chooseFolder: unavailable },
};
