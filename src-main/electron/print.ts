// Printing and saving for core, implemented with the main window's webContents and dialogs.
// The renderer shows an A4 print view (its @media print rules hide the application chrome);
// these functions print or render exactly that view.
import { dialog, type BrowserWindow } from 'electron';
import { basename } from 'node:path';
import type { FileService, PdfOptions, PrintService } from '../core/platform';
import { writeFileAtomic } from '../core/fs/atomic';

const MARGIN_INCH = 0.6;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Header and footer templates for Chromium's PDF printer (A4, page numbers in the footer). */
export function pageTemplates(options: PdfOptions): { headerTemplate: string; footerTemplate: string } {
  const style = 'font-family: sans-serif; font-size: 8pt; width: 100%; margin: 0 12mm; color: #333;';
  const pageLabel = escapeHtml(options.pageLabel)
    .replace('{{page}}', '<span class="pageNumber"></span>')
    .replace('{{total}}', '<span class="totalPages"></span>');
  return {
    headerTemplate: `<div style="${style} text-align: right;">${escapeHtml(options.headerText)}</div>`,
    footerTemplate: `<div style="${style} text-align: center;">${pageLabel}</div>`,
  };
}

export function createPrintService(getWindow: () => BrowserWindow | null): PrintService {
  const contents = () => {
    const win = getWindow();
    if (!win || win.isDestroyed()) throw new Error('no window to print');
    return win.webContents;
  };
  return {
    async pdf(options) {
      const data = await contents().printToPDF({
        pageSize: 'A4',
        landscape: options.landscape ?? false,
        printBackground: true,
        displayHeaderFooter: true,
        ...pageTemplates(options),
        margins: { top: MARGIN_INCH, bottom: MARGIN_INCH, left: MARGIN_INCH, right: MARGIN_INCH },
      });
      return new Uint8Array(data);
    },
    print(options) {
      return new Promise((resolve) => {
        contents().print(
          {
            silent: false,
            printBackground: true,
            pageSize: 'A4',
            landscape: options.landscape ?? false,
            // The system dialog numbers pages itself; the header marks every sheet.
            header: options.headerText,
          },
          (success) => resolve(success),
        );
      });
    },
  };
}

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  json: { name: 'JSON', extensions: ['json'] },
  txt: { name: 'Tekst', extensions: ['txt'] },
};

export function createFileService(getWindow: () => BrowserWindow | null): FileService {
  return {
    async saveAs(suggestedName, bytes, kind) {
      const win = getWindow();
      const filter = FILTERS[kind] ?? FILTERS['txt']!;
      const options = { defaultPath: suggestedName, filters: [filter] };
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      if (result.canceled || !result.filePath) return { saved: false };
      writeFileAtomic(result.filePath, bytes);
      return { saved: true, fileName: basename(result.filePath) };
    },
  };
}
