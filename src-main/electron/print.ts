// Printing and saving for core, implemented with the main window's webContents and dialogs.
// The renderer shows an A4 print view (its @media print rules hide the application chrome);
// these functions print or render exactly that view.
import { dialog, type BrowserWindow } from 'electron';
import { basename } from 'node:path';
import { pageTemplates, type FileKind, type FileService, type PrintService } from '../core/platform';
import { writeFileAtomic } from '../core/fs/atomic';

// 15 mm, as the renderer's paged preview lays the sheet out (src-renderer/kit/print/paginate.ts).
const MARGIN_INCH = 15 / 25.4;

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

const FILTERS: Record<FileKind, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  json: { name: 'JSON', extensions: ['json'] },
  txt: { name: 'Tekst', extensions: ['txt'] },
  backup: { name: 'CTER Werkplaats back-up', extensions: ['db'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
};

export function createFileService(getWindow: () => BrowserWindow | null): FileService {
  const parent = () => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win : undefined;
  };
  const chooseSaveLocation = async (suggestedName: string, kind: FileKind) => {
    const options = { defaultPath: suggestedName, filters: [FILTERS[kind]] };
    const win = parent();
    const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  const open = async (properties: ('openFile' | 'openDirectory' | 'createDirectory')[], kind?: FileKind) => {
    const options = { properties, ...(kind ? { filters: [FILTERS[kind]] } : {}) };
    const win = parent();
    const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  return {
    chooseSaveLocation,
    async saveAs(suggestedName, bytes, kind) {
      const path = await chooseSaveLocation(suggestedName, kind);
      if (!path) return { saved: false };
      writeFileAtomic(path, bytes);
      return { saved: true, fileName: basename(path) };
    },
    chooseFile: (kind) => open(['openFile'], kind),
    chooseFolder: () => open(['openDirectory', 'createDirectory']),
  };
}
