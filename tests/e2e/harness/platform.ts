// The harness's stand-in for Electron's dialogs and print service. PDFs come from Chromium's own
// printer (page.pdf, the same engine as Electron's printToPDF) with the same page templates; files
// the user would save land in the test's download folder; dialog answers are queued by the test.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { pageTemplates, type FileKind, type Platform } from '../../../src-main/core/platform';
import { writeFileAtomic } from '../../../src-main/core/fs/atomic';

export interface DialogStandIn {
  /** The answer of the next file/folder dialog (a path, or null for "cancel"). */
  answer(path: string | null): void;
  /** Files saved through "save as", in order. */
  saved: { name: string; path: string; kind: FileKind }[];
  /** Calls of "print on paper". */
  printed: number;
}

export function harnessPlatform(page: Page, downloadDir: string): { platform: Platform; dialogs: DialogStandIn } {
  mkdirSync(downloadDir, { recursive: true });
  const answers: (string | null)[] = [];
  const dialogs: DialogStandIn = {
    answer: (path) => void answers.push(path),
    saved: [],
    printed: 0,
  };
  const next = (fallback: string | null) => (answers.length ? answers.shift()! : fallback);
  const pdf = async (options: Parameters<Platform['print']['pdf']>[0]) =>
    new Uint8Array(
      await page.pdf({
        format: 'A4',
        landscape: options.landscape ?? false,
        printBackground: true,
        displayHeaderFooter: true,
        ...pageTemplates(options),
        margin: { top: '15mm', bottom: '15mm', left: '15mm', right: '15mm' },
      }),
    );
  const platform: Platform = {
    print: {
      pdf,
      async print(options) {
        dialogs.printed++;
        // What would have gone to paper is kept as a PDF for the test to look at.
        writeFileSync(join(downloadDir, `afdruk-${dialogs.printed}.pdf`), await pdf(options));
        return true;
      },
    },
    files: {
      async saveAs(name, bytes, kind) {
        const path = next(join(downloadDir, name));
        if (!path) return { saved: false };
        writeFileAtomic(path, bytes);
        dialogs.saved.push({ name, path, kind });
        return { saved: true, fileName: name };
      },
      chooseSaveLocation: async (name) => next(join(downloadDir, name)),
      chooseFile: async () => next(null),
      chooseFolder: async () => next(null),
    },
  };
  return { platform, dialogs };
}
