/// <reference lib="dom" />
// The preview is the PDF (issue 21 item 6): after a print view has been saved as a PDF, its preview
// is captured at 1366×900 and 1024×768, the PDF's pages are turned into PNGs (pdftoppm -r 60) to be
// looked at, and the preview's page boxes must be as many as the PDF's pages.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, type AppHarness } from './fixtures';

export function pdfPageCount(path: string): number {
  const info = execFileSync('pdfinfo', [path]).toString();
  return Number(/Pages:\s+(\d+)/.exec(info)![1]);
}

/** Checks that the preview in `sheet` lays out the pages of the PDF at `pdfPath`; returns the count. */
export async function expectPreviewIsPdf(app: AppHarness, sheet: Locator, pdfPath: string, name: string) {
  const { page } = app;
  const pages = pdfPageCount(pdfPath);
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(app.screenshotDir, `${name}-pdf`)]);
  const original = page.viewportSize();
  for (const size of [
    { width: 1366, height: 900 },
    { width: 1024, height: 768 },
  ]) {
    await page.setViewportSize(size);
    // The preview's page boxes: as many as the printed pages, at either window width.
    await expect(sheet).toHaveAttribute('data-pages', String(pages));
    // The sheet keeps its printed width (210 mm) in a narrow window.
    expect(Math.round((await sheet.boundingBox())!.width)).toBe(Math.round((210 * 96) / 25.4));
    await app.screenshot(`${name}-voorbeeld-${size.width}`);
  }
  if (original) await page.setViewportSize(original);
  return pages;
}
