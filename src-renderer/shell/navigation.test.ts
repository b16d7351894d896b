// The merged route table and navigation: every feature's entry is in the menu exactly once, in the
// menu's order, and each entry leads to a route guarded by the same channel.
import { describe, expect, it } from 'vitest';
import type { NavEntry, PageRoute } from '../kit/routes';
import { NAVIGATION } from './navigation';
import { ROUTES } from './routes';

const features = import.meta.glob<Record<string, unknown>>('../features/*/routes.ts', { eager: true });
const exported = (suffix: string) =>
  Object.values(features).flatMap((module) =>
    Object.entries(module)
      .filter(([name]) => name.endsWith(suffix))
      .flatMap(([, value]) => value as unknown[]),
  );

describe('the merged navigation', () => {
  it('holds every entry the features declare, once', () => {
    const declared = exported('Navigation') as NavEntry[];
    expect(declared.length).toBeGreaterThan(0);
    expect([...NAVIGATION].sort(byPath)).toEqual([...declared].sort(byPath));
  });

  it('keeps the menu order: the daily work, then beheer', () => {
    expect(NAVIGATION.map((entry) => entry.path)).toEqual([
      '/',
      '/casussen',
      '/overleggen',
      '/acties',
      '/convenant',
      '/cijfers',
      '/evaluaties',
      '/mentorproject',
      '/experts',
      '/beheer/accounts',
      '/beheer/uitchecks',
      '/beheer/auditlog',
      '/beheer/back-up',
      '/beheer/beleid',
      '/beheer/bewaartermijn',
      '/beheer/keuzelijsten',
      '/beheer/convenant',
    ]);
  });

  it('leads to routes guarded by the same channel', () => {
    for (const entry of NAVIGATION) {
      const route = ROUTES.find((candidate) => candidate.path === entry.path);
      expect(route, entry.path).toBeDefined();
      expect(route!.channel, entry.path).toBe(entry.channel);
    }
  });
});

describe('the merged routes', () => {
  it('hold every route the features declare, each address once', () => {
    const declared = exported('Routes') as PageRoute[];
    expect([...ROUTES].sort(byPath)).toEqual([...declared].sort(byPath));
    expect(new Set(ROUTES.map((route) => route.path)).size).toBe(ROUTES.length);
  });
});

function byPath(a: { path: string }, b: { path: string }) {
  return a.path.localeCompare(b.path);
}
