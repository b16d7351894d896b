/// <reference lib="dom" />
// WCAG 2.1 2.4.7 (Focus visible) and 1.4.11 (Non-text contrast), measured: walks a page's
// focusable elements with Tab and, for each, reads the focus indicator from Chromium's computed
// style — an outline (the theme's ring), else the border of an outlined field (MUI draws a text
// field's focus as its fieldset's border), else a box-shadow — and its contrast with the colour
// behind it: the backgrounds from the element outwards, translucent ones laid over what is behind
// them (from the element itself for a ring drawn inside it). Every stop must show at least 3:1.
import type { Page } from '@playwright/test';

export interface FocusStop {
  /** The element, as a person would name it: its accessible label, its text or its tag. */
  element: string;
  /** The indicator's colour and what it is seen against (rgb); ring null: none. */
  ring: string | null;
  background: string;
  ratio: number;
}

/** The focus indicator of the element that has the focus now (null when the body has it). */
export function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return null;
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba => {
      const [r = 0, g = 0, b = 0, a = 1] = (value.match(/[\d.]+/g) ?? []).map(Number);
      return [r, g, b, value === 'transparent' ? 0 : a];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    /** The colour seen behind `from`: its and its ancestors' backgrounds, laid over each other. */
    const seenBehind = (from: HTMLElement | null): Rgba => {
      const layers: Rgba[] = [];
      for (let node = from; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if (colour[3] > 0) layers.push(colour);
        if (colour[3] >= 1) break;
      }
      let seen: Rgba = [255, 255, 255, 1];
      for (const [r, g, b, a] of layers.reverse()) {
        seen = [r * a + seen[0] * (1 - a), g * a + seen[1] * (1 - a), b * a + seen[2] * (1 - a), 1];
      }
      return seen;
    };
    const style = getComputedStyle(element);
    const field = element.closest<HTMLElement>('.MuiOutlinedInput-root');
    const fieldset = field?.querySelector<HTMLElement>('.MuiOutlinedInput-notchedOutline');
    let ring: Rgba | null = null;
    let behind: HTMLElement | null = element.parentElement;
    if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) {
      ring = parse(style.outlineColor);
      if (parseFloat(style.outlineOffset) < 0) behind = element;
    } else if (field && fieldset && parseFloat(getComputedStyle(fieldset).borderTopWidth) > 0) {
      ring = parse(getComputedStyle(fieldset).borderTopColor);
      behind = field.parentElement;
    } else if (style.boxShadow !== 'none') {
      const shadow = /rgba?\([^)]*\)/.exec(style.boxShadow)?.[0];
      ring = shadow ? parse(shadow) : null;
    }
    const background = seenBehind(behind);
    const text = (element.getAttribute('aria-label') ?? element.innerText ?? '').trim().slice(0, 40);
    const label = element instanceof HTMLInputElement ? element.labels?.[0]?.innerText.trim() : '';
    const name = text || label || element.tagName;
    const rgb = (c: Rgba) => `rgb(${c.slice(0, 3).map(Math.round).join(', ')})`;
    if (!ring || ring[3] < 1) return { element: name, ring: null, background: rgb(background), ratio: 1 };
    const [a, b] = [luminance(ring), luminance(background)].sort((x, y) => y - x) as [number, number];
    return { element: name, ring: rgb(ring), background: rgb(background), ratio: (a + 0.05) / (b + 0.05) };
  });
}

/** Puts the focus at the top of the document, as a fresh load does: the next Tab reaches its first stop. */
export async function focusTopOfDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
}

/**
 * Tabs through the page from the top of the document (at most `limit` stops, or until the focus
 * leaves the page or comes back) and answers every stop.
 */
export async function walkFocus(page: Page, limit = 60): Promise<FocusStop[]> {
  await focusTopOfDocument(page);
  const stops: FocusStop[] = [];
  let first: string | null = null;
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate((stop) => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      element.dataset['focusWalk'] ??= String(stop);
      return element.dataset['focusWalk'];
    }, i);
    if (id === null || id === first) break;
    first ??= id;
    const stop = await focusStop(page);
    if (stop) stops.push(stop);
  }
  return stops;
}

/**
 * The resting border of every outlined text field on the page (1.4.11: the border is what shows
 * where the field is) with its contrast against what is behind the field.
 */
export function fieldBorders(page: Page): Promise<{ field: string; border: string; ratio: number }[]> {
  return page.evaluate(() => {
    const parse = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const over = (top: number[], under: number[]) => {
      const a = top[3] ?? 1;
      return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (under[i] ?? 0) * (1 - a));
    };
    return [...document.querySelectorAll<HTMLElement>('.MuiOutlinedInput-root:not(.Mui-focused)')].map((root) => {
      const fieldset = root.querySelector<HTMLElement>('.MuiOutlinedInput-notchedOutline');
      let behind = [255, 255, 255];
      for (let node = root.parentElement; node; node = node.parentElement) {
        const colour = parse(getComputedStyle(node).backgroundColor);
        if ((colour[3] ?? 1) >= 1 && colour.length > 0) {
          behind = colour;
          break;
        }
      }
      const border = fieldset ? getComputedStyle(fieldset).borderTopColor : 'transparent';
      const seen = over(parse(border), behind);
      const [a, b] = [luminance(seen), luminance(behind)].sort((x, y) => y - x) as [number, number];
      const name = root.closest('.MuiFormControl-root')?.querySelector('label')?.innerText.trim() ?? '';
      return { field: name, border, ratio: (a + 0.05) / (b + 0.05) };
    });
  });
}
