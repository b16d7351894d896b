/// <reference lib="dom" />
// Counts React's work in the page, load-independently: a stand-in for the React devtools' global
// hook (React, production build included, reports every commit to it) that walks each committed
// tree and counts the components whose props or state changed since the last commit they were in.
// A count, not a timing: it says the same on a busy CI machine as on a quiet one.
import type { Page } from '@playwright/test';

interface RenderCount {
  commits: number;
  rendered: number;
  /** Per component name, and per label or id (as `#…`), how often it rendered: what a failing count shows. */
  byName: Record<string, number>;
}

declare global {
  interface Window {
    __renderCount?: RenderCount;
  }
}

/** Installed before the app's scripts run; in effect from the next load of the page. */
function installHook(): void {
  const seen = new WeakMap<object, { props: unknown; state: unknown }>();
  const count: RenderCount = { commits: 0, rendered: 0, byName: {} };
  window.__renderCount = count;
  // Function, class, forwardRef, memo and simple memo components (React's fiber tags 0, 1, 11, 14, 15).
  const isComponent = (fiber: { tag: number }) => [0, 1, 11, 14, 15].includes(fiber.tag);
  interface Fiber {
    tag: number;
    type: { displayName?: string; name?: string; render?: { name?: string }; type?: { name?: string } } | null;
    child: Fiber | null;
    sibling: Fiber | null;
    alternate: Fiber | null;
    memoizedProps: unknown;
    memoizedState: unknown;
  }
  const walk = (first: Fiber | null) => {
    for (let fiber = first; fiber; fiber = fiber.sibling) {
      if (isComponent(fiber)) {
        const key = fiber.alternate && seen.has(fiber.alternate) ? fiber.alternate : fiber;
        const last = seen.get(key);
        if (!last || last.props !== fiber.memoizedProps || last.state !== fiber.memoizedState) {
          count.rendered++;
          const type = fiber.type;
          const name = type?.displayName ?? type?.name ?? type?.render?.name ?? type?.type?.name ?? '?';
          count.byName[name] = (count.byName[name] ?? 0) + 1;
          // The production build's names are minified: a field's label or id says which one it was.
          const props = fiber.memoizedProps as Record<string, unknown> | null;
          const tag = props && (props['label'] ?? props['id'] ?? props['aria-label'] ?? props['aria-labelledby']);
          if (typeof tag === 'string') count.byName['#' + tag] = (count.byName['#' + tag] ?? 0) + 1;
        }
        seen.set(key, { props: fiber.memoizedProps, state: fiber.memoizedState });
      }
      walk(fiber.child);
    }
  };
  (window as unknown as Record<string, unknown>)['__REACT_DEVTOOLS_GLOBAL_HOOK__'] = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => {},
    onCommitFiberUnmount: () => {},
    onPostCommitFiberRoot: () => {},
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      count.commits++;
      walk(root.current.child);
    },
  };
}

/** Counts from the next page load on; reload (or open) the page after this. */
export async function countRenders(page: Page): Promise<void> {
  await page.addInitScript(installHook);
}

/** The components rendered so far (since the page loaded), in all and per component name. */
export async function renderedSoFar(page: Page): Promise<{ rendered: number; byName: Record<string, number> }> {
  return page.evaluate(() => {
    if (!window.__renderCount) throw new Error('countRenders was not installed before the page loaded');
    return { rendered: window.__renderCount.rendered, byName: { ...window.__renderCount.byName } };
  });
}

/** The components rendered between two counts, most often first: what to look at when a count grows. */
export function renderedBetween(
  before: { byName: Record<string, number> },
  after: { byName: Record<string, number> },
  top = 25,
): string {
  return Object.entries(after.byName)
    .map(([name, n]) => [name, n - (before.byName[name] ?? 0)] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, n]) => `${name} ${n}`)
    .join(', ');
}
