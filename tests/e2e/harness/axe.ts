/// <reference lib="dom" />
// axe-core in the page under test, limited to the WCAG 2.0/2.1 A and AA rules.
// The source is evaluated through the DevTools protocol, which the page's CSP does not govern.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Waits until no finite animation or transition runs (a menu or notice fading in or out has
 * colours axe would measure half-way), at most `limit` ms. Endless ones — spinners — are ignored.
 */
async function settleAnimations(page: Page, limit = 3000): Promise<void> {
  await page.evaluate(async (limitMs) => {
    const until = performance.now() + limitMs;
    const running = () =>
      document
        .getAnimations()
        .filter((a) => a.playState === 'running' && a.effect?.getComputedTiming().iterations !== Infinity);
    for (let now = running(); now.length && performance.now() < until; now = running()) {
      await Promise.race([
        Promise.all(now.map((a) => a.finished.catch(() => undefined))),
        new Promise((resolve) => setTimeout(resolve, Math.max(0, until - performance.now()))),
      ]);
      // React unmounts a faded-out element on the transition's end: give it a frame.
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    }
  }, limit);
}

export async function checkAccessibility(page: Page): Promise<AxeViolation[]> {
  await settleAnimations(page);
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, TAGS);
}

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `  ${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 5).join('\n    ')}`)
    .join('\n');
}
