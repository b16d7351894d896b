import { describe, expect, it } from 'vitest';
import { contract } from './contract';
import { currentActionName, FORMER_CHANNEL_NAMES, storedActionNames } from './former-names';

describe('former channel names', () => {
  it('map only names no channel has today onto channels that exist', () => {
    for (const [former, current] of Object.entries(FORMER_CHANNEL_NAMES)) {
      expect(Object.prototype.hasOwnProperty.call(contract, former), former).toBe(false);
      expect(Object.prototype.hasOwnProperty.call(contract, current), current).toBe(true);
    }
  });

  it('translate both ways', () => {
    expect(currentActionName('mentor:list')).toBe('mentoring:mentors');
    expect(currentActionName('session:login')).toBe('session:login');
    expect(storedActionNames('figures:export')).toEqual(['figures:export', 'stats:export']);
    expect(storedActionNames('accounts:create')).toEqual(['accounts:create']);
  });
});
