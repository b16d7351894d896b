import { describe, expect, it } from 'vitest';
import { folderManaged, welcomeChoices } from './choices';

describe('the starts the wizard offers', () => {
  it('offers all four without a policy', () => {
    expect(welcomeChoices(false, { demoOffered: true, managed: [] })).toEqual(['new', 'demo', 'restore', 'team']);
    // Still reading app:info: nothing is managed yet.
    expect(welcomeChoices(false, undefined)).toEqual(['new', 'demo', 'restore', 'team']);
  });

  it('leaves the demo out when the policy does not offer it', () => {
    expect(welcomeChoices(false, { demoOffered: false, managed: ['demo'] })).toEqual(['new', 'restore', 'team']);
  });

  it('offers only the new installation on the team server', () => {
    expect(welcomeChoices(true, { demoOffered: true, managed: [] })).toEqual(['new']);
  });
});

describe('the data folder step', () => {
  it('is fixed only when the policy fixes the data folder', () => {
    expect(folderManaged({ demoOffered: true, managed: ['dataFolder', 'idleMinutes'] })).toBe(true);
    expect(folderManaged({ demoOffered: true, managed: ['idleMinutes'] })).toBe(false);
    expect(folderManaged(undefined)).toBe(false);
  });
});
