// How a feature declares its pages and its entries in the main navigation. Each feature's index
// exports a list of each; the shell merges them (shell/routes.ts, shell/navigation.ts) the way
// src-shared/ipc/contract.ts merges the channels. A navigation entry is made from its page's
// route, so a page's address and the channel that guards it are written once. A page is loaded
// on first use (`onDemand`): the window starts with the shell and the login screen only.
import type { SvgIconComponent } from '@mui/icons-material';
import { createContext, lazy, useContext, type ComponentType } from 'react';
import { canUse, type Caller } from '../../src-shared/ipc/permissions';
import type { ChannelName } from '../../src-shared/ipc/contract';

export interface PageRoute {
  /** The address, from the root: '/' is the start page, ':id' a parameter. */
  path: string;
  page: ComponentType;
  /**
   * The channel the page cannot do without; the shell shows a calm "no access" page instead to
   * whoever may not use it. Absent for pages everyone may see.
   */
  channel?: ChannelName;
}

export type NavGroup = 'work' | 'beheer';

export interface NavEntry {
  path: string;
  /** i18n key of the label. */
  label: string;
  icon: SvgIconComponent;
  group: NavGroup;
  /** The channel of the entry's page; the entry is shown only to who may use it. */
  channel?: ChannelName;
}

/**
 * A component whose code is fetched the first time it is shown, as a chunk of its own:
 * `onDemand(() => import('./CasesPage').then((m) => m.CasesPage))`. A feature's index names its
 * pages (and rarely shown screens) this way, so that importing the index for its routes does not
 * pull the pages, and the libraries only they use (charts, virtual lists), into the start bundle.
 * Render it below a Suspense boundary (the shell's content area and the gate have one).
 */
export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

/** A page of a feature at `path`, guarded by `channel`. */
export function pageRoute(path: string, page: ComponentType, channel?: ChannelName): PageRoute {
  return channel ? { path, page, channel } : { path, page };
}

/** The navigation entry of a page: its address and channel come from the route. */
export function navEntry(route: PageRoute, entry: Omit<NavEntry, 'path' | 'channel'>): NavEntry {
  return route.channel ? { ...entry, path: route.path, channel: route.channel } : { ...entry, path: route.path };
}

export function visibleNavigation(entries: readonly NavEntry[], user: Caller | null): NavEntry[] {
  return entries.filter((entry) => !entry.channel || canUse(entry.channel, user));
}

/** The entry is the current page, or the page the current one belongs to (e.g. its print view). */
export function isCurrent(entry: NavEntry, pathname: string): boolean {
  return pathname === entry.path || (entry.path !== '/' && pathname.startsWith(`${entry.path}/`));
}

/** The main navigation as the shell merged it, for a page that lists it too (the start page). */
export const NavigationContext = createContext<readonly NavEntry[]>([]);

export function useNavigation(): readonly NavEntry[] {
  return useContext(NavigationContext);
}
