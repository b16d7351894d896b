import { describe, expect, it } from 'vitest';
import { chosenTab, visibleTabs } from './tabs';

const TABS = [
  { key: 'dashboard', channel: 'mentoring:dashboard' },
  { key: 'mentoren', channel: 'mentoring:mentors' },
  { key: 'activiteiten', channel: 'mentoring:activities' },
] as const;

const as = (role: 'procesregisseur' | 'evaluator' | 'beheerder') => ({ roles: [role], mustChangePassword: false });

describe('mentor project tabs', () => {
  it('shows a role only the tabs whose channel it may use', () => {
    expect(visibleTabs(TABS, as('procesregisseur')).map((t) => t.key)).toEqual([
      'dashboard',
      'mentoren',
      'activiteiten',
    ]);
    expect(visibleTabs(TABS, as('evaluator')).map((t) => t.key)).toEqual(['dashboard']);
    expect(visibleTabs(TABS, as('beheerder'))).toEqual([]);
    expect(visibleTabs(TABS, null)).toEqual([]);
  });

  it('opens the tab of the address, or the first one', () => {
    expect(chosenTab(TABS, 'mentoren')?.key).toBe('mentoren');
    expect(chosenTab(TABS, null)?.key).toBe('dashboard');
    expect(chosenTab(TABS, 'onbekend')?.key).toBe('dashboard');
    // A tab the user may not see is not chosen from the address either.
    expect(chosenTab(visibleTabs(TABS, as('evaluator')), 'mentoren')?.key).toBe('dashboard');
    expect(chosenTab([], 'mentoren')).toBeNull();
  });
});
