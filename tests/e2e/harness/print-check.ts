/// <reference lib="dom" />
// The preview is the PDF (issue 21 item 6): after a print view has been saved as a PDF, its preview
// is captured at 1366×900 and 1024×768, the PDF's pages are turned into PNGs (pdftoppm -r 60) to be
// looked at, and the preview's page boxes must be as many as the PDF's pages.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { expect, type AppHarness } from './fixtures';
import { ROUND_SIZES, resizeWindow } from './sizes';

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
  for (const size of ROUND_SIZES) {
    await resizeWindow(page, size);
    // The preview's page boxes: as many as the printed pages, at either window width.
    await expect(sheet).toHaveAttribute('data-pages', String(pages));
    // The sheet keeps its printed width (210 mm) in a narrow window.
    expect(Math.round((await sheet.boundingBox())!.width)).toBe(Math.round((210 * 96) / 25.4));
    await app.screenshot(`${name}-voorbeeld-${size.width}`);
  }
  // A table continued on a new page: the PDF repeats its header row there (Chromium, for a thead),
  // and so does the preview (paginate.ts draws a copy, aria-hidden, in the page box).
  const pitch = ((297 + 8) * 96) / 25.4;
  const drawn = await sheet.locator('[data-page-repeat]').evaluateAll((holders) =>
    holders.map((holder) => ({
      top: parseFloat((holder as HTMLElement).style.top),
      cells: Array.from(holder.querySelectorAll('th'), (cell) => (cell.textContent ?? '').trim()).filter(Boolean),
    })),
  );
  for (const { top, cells } of drawn) {
    const on = Math.floor(top / pitch) + 1;
    const lines = execFileSync('pdftotext', ['-f', String(on), '-l', String(on), '-layout', pdfPath, '-'])
      .toString()
      .split('\n')
      .filter((line) => line.trim() && !line.includes('Vertrouwelijk —'));
    // The page's first line of content is that header row, in the PDF too.
    for (const cell of cells) expect(lines[0], `page ${on}`).toContain(cell.split(/\s+/)[0]);
  }
  if (original) await resizeWindow(page, original);
  return pages;
}
