// The paged preview: where Chromium's printer will break the A4 sheet into pages, worked out from
// the laid-out sheet itself, and shown as gaps between page boxes. The sheet is laid out at the
// printed width (210 mm less the page margins) with the print rules (global.css `.a4-sheet`), so
// what is measured here is what the printer lays out; this file only decides the page breaks the
// way Chromium does for our documents: never inside an element with `break-inside: avoid` (rows,
// paragraphs, list items, kept-together parts) unless it is taller than a page, never right after
// an element with `break-after: avoid` (headings), always at `break-before/after: page`, and a
// table's header is repeated at the top of a page that continues it.
//
// The preview then moves each element that starts a page down by a margin (spacer), so that every
// page's content starts in its own page box; `pageCount` is what the e2e test compares with the
// PDF's page count.

/** The page box, in millimetres; the same as core's print service (src-main/electron/print.ts). */
export const PAGE_MM = { height: 297, width: 210, margin: 15, gap: 8 } as const;

const PX_PER_MM = 96 / 25.4;
const CONTENT_HEIGHT_PX = (PAGE_MM.height - 2 * PAGE_MM.margin) * PX_PER_MM;
const EPSILON = 1;

export interface Unit {
  element: HTMLElement;
  top: number;
  bottom: number;
  /** A break right after this unit is to be avoided (a heading). */
  avoidAfter: boolean;
  /** A break right before this unit is forced. */
  forcedBefore: boolean;
  /** The header height repeated when a page starts at this unit (a row in a table's body). */
  repeatedHeader: number;
}

const SPACER_ATTRIBUTE = 'data-page-spacer';
/** A continued table's header drawn by the preview at the top of a page (the printer repeats a thead). */
const REPEAT_ATTRIBUTE = 'data-page-repeat';

function isBlockLike(display: string): boolean {
  return !display.startsWith('inline') && display !== 'contents' && display !== 'none';
}

/** The printable units of `root` in document order (the leaves the printer does not split). */
function collectUnits(root: HTMLElement, skip: (element: HTMLElement) => boolean): Unit[] {
  const origin = root.getBoundingClientRect().top + parseFloat(getComputedStyle(root).paddingTop);
  const units: Unit[] = [];
  let pendingForced = false;
  const visit = (element: HTMLElement, repeatedHeader: number) => {
    if (skip(element) || element.hasAttribute(REPEAT_ATTRIBUTE)) return;
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.position === 'absolute' || style.position === 'fixed') return;
    const forcedBefore = pendingForced || style.breakBefore === 'page';
    pendingForced = false;
    const rect = element.getBoundingClientRect();
    const height = rect.height;
    const children = Array.from(element.children).filter(
      (child): child is HTMLElement =>
        child instanceof HTMLElement && (isBlockLike(getComputedStyle(child).display) || child.tagName === 'TR'),
    );
    const atomic =
      element.tagName === 'TR' ||
      element.tagName === 'THEAD' ||
      element.tagName === 'CAPTION' ||
      children.length === 0 ||
      (style.breakInside === 'avoid' && height <= CONTENT_HEIGHT_PX) ||
      // Side by side (a grid or a row of boxes): the printer keeps the row whole when it fits.
      ((style.display.includes('grid') ||
        (style.display.includes('flex') && !style.flexDirection.startsWith('column'))) &&
        height <= CONTENT_HEIGHT_PX);
    if (atomic) {
      units.push({
        element,
        top: rect.top - origin,
        bottom: rect.bottom - origin,
        avoidAfter: style.breakAfter === 'avoid',
        forcedBefore,
        repeatedHeader,
      });
    } else {
      if (forcedBefore) pendingForced = true;
      const header =
        element.tagName === 'TABLE'
          ? (element.querySelector(':scope > thead')?.getBoundingClientRect().height ?? 0)
          : 0;
      for (const child of children) {
        visit(child, element.tagName === 'TBODY' ? repeatedHeader : header || repeatedHeader);
      }
    }
    if (style.breakAfter === 'page') pendingForced = true;
  };
  for (const child of Array.from(root.children)) if (child instanceof HTMLElement) visit(child, 0);
  return units;
}

/** Where each page starts: the unit index of each page's first unit (page 1 starts at 0). */
export function pageStarts(units: readonly Unit[]): number[] {
  const starts = [0];
  let first = 0;
  while (first < units.length) {
    const top = units[first]!.top;
    const limit = top + CONTENT_HEIGHT_PX - (starts.length > 1 ? units[first]!.repeatedHeader : 0);
    let next = -1;
    for (let i = first + 1; i < units.length; i++) {
      const unit = units[i]!;
      if (unit.forcedBefore) {
        next = i;
        break;
      }
      if (unit.bottom <= limit + EPSILON) continue;
      // Unit i does not fit: the page breaks before it, or before the first of units side by side
      // with it, or before the heading that leads to it.
      let beside = i;
      while (beside > first + 1 && Math.abs(units[beside]!.top - units[beside - 1]!.top) < EPSILON) beside--;
      let led = beside;
      while (led > first + 1 && units[led - 1]!.avoidAfter) led--;
      next = led;
      break;
    }
    if (next === -1) break;
    starts.push(next);
    first = next;
  }
  return starts;
}

/** The pages (from 1, the second page) that start inside a table and so repeat its header. */
export function continuedPages(units: readonly Unit[], starts: readonly number[]): number[] {
  return starts.flatMap((index, page) => (page > 0 && units[index]!.repeatedHeader > 0 ? [page] : []));
}

/**
 * Draws a copy of the header of `row`'s table at `top` (px from the sheet's top), with the
 * widths the printed columns have: what Chromium prints for a `thead` on a continued page.
 * Hidden from screen readers and from print (the printer draws its own).
 */
function drawRepeatedHeader(root: HTMLElement, row: HTMLElement, top: number): void {
  const table = row.closest('table');
  const thead = table?.querySelector(':scope > thead');
  if (!table || !thead) return;
  const sheet = root.getBoundingClientRect();
  const box = table.getBoundingClientRect();
  const copy = document.createElement('table');
  copy.className = table.className;
  copy.style.tableLayout = 'fixed';
  copy.style.width = `${box.width}px`;
  copy.style.minWidth = '0';
  copy.style.margin = '0';
  const head = thead.cloneNode(true) as HTMLElement;
  const widths = Array.from(thead.querySelectorAll('th, td'), (cell) => cell.getBoundingClientRect().width);
  head.querySelectorAll<HTMLElement>('th, td').forEach((cell, c) => {
    cell.style.width = `${widths[c] ?? 0}px`;
  });
  for (const withId of Array.from(head.querySelectorAll('[id]'))) withId.removeAttribute('id');
  copy.appendChild(head);
  const holder = document.createElement('div');
  holder.setAttribute(REPEAT_ATTRIBUTE, '');
  holder.setAttribute('aria-hidden', 'true');
  holder.className = 'no-print';
  holder.style.position = 'absolute';
  holder.style.top = `${top}px`;
  holder.style.left = `${box.left - sheet.left}px`;
  holder.style.width = `${box.width}px`;
  holder.style.pointerEvents = 'none';
  holder.appendChild(copy);
  root.appendChild(holder);
}

/** Removes the preview's spacers and repeated headers (before measuring again). */
export function clearSpacers(root: HTMLElement): void {
  for (const drawn of Array.from(root.querySelectorAll(`:scope > [${REPEAT_ATTRIBUTE}]`))) drawn.remove();
  for (const element of Array.from(root.querySelectorAll<HTMLElement>(`[${SPACER_ATTRIBUTE}]`))) {
    element.style.removeProperty('--page-spacer');
    element.style.removeProperty('--page-margin');
    element.removeAttribute(SPACER_ATTRIBUTE);
  }
}

/**
 * Lays the sheet out in pages: measures, decides the breaks, and moves each page's first element
 * into its page box. Returns the number of pages.
 */
export function paginate(root: HTMLElement, skip: (element: HTMLElement) => boolean): number {
  clearSpacers(root);
  const units = collectUnits(root, skip);
  if (units.length === 0) return 1;
  const starts = pageStarts(units);
  const pitch = (PAGE_MM.height + PAGE_MM.gap) * PX_PER_MM;
  const origin = () => root.getBoundingClientRect().top + parseFloat(getComputedStyle(root).paddingTop);
  const continued = new Set(continuedPages(units, starts));
  starts.forEach((index, page) => {
    if (page === 0) return;
    if (continued.has(page)) {
      drawRepeatedHeader(root, units[index]!.element, parseFloat(getComputedStyle(root).paddingTop) + page * pitch);
    }
    const unit = units[index]!;
    const element = unit.element;
    // Where the page's content starts in the sheet, relative to page 1's content top (a continued
    // table's header is printed above the first row).
    const target = page * pitch + unit.repeatedHeader;
    if (target - (element.getBoundingClientRect().top - origin()) <= 0) return;
    if (element.tagName !== 'TR') {
      element.style.setProperty('--page-margin', getComputedStyle(element).marginTop);
    }
    element.setAttribute(SPACER_ATTRIBUTE, '');
    const missing = () => target - (element.getBoundingClientRect().top - origin());
    if (element.tagName === 'TR') {
      // Padding above the cells moves the row's content by exactly that much (the row's box stays).
      element.style.setProperty('--page-spacer', `${missing()}px`);
      return;
    }
    // Measured again after setting it: collapsing margins may take some of it.
    let spacer = 0;
    for (let attempt = 0; attempt < 3; attempt++) {
      const left = missing();
      if (Math.abs(left) < 0.5) break;
      spacer += left;
      element.style.setProperty('--page-spacer', `${spacer}px`);
    }
  });
  return starts.length;
}
