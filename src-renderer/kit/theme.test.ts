import { describe, expect, it } from 'vitest';
import { createAppTheme } from './theme';

describe('the theme and the system\'s "no animations" setting', () => {
  it('moves as MUI does by default', () => {
    const theme = createAppTheme('nl');
    expect(theme.transitions.create('opacity')).toMatch(/^opacity \d+ms/);
    expect(theme.transitions.duration.enteringScreen).toBeGreaterThan(0);
    expect(theme.transitions.getAutoHeightDuration(400)).toBeGreaterThan(0);
    expect(theme.components?.MuiSkeleton).toBeUndefined();
  });

  it('with reduced motion: no transition takes time or draws an in-between, no placeholder pulses', () => {
    const theme = createAppTheme('nl', { reduceMotion: true });
    expect(theme.transitions.create(['opacity', 'transform'])).toBe('none');
    expect(Object.values(theme.transitions.duration).every((ms) => ms === 0)).toBe(true);
    expect(theme.transitions.getAutoHeightDuration(400)).toBe(0);
    expect(theme.components?.MuiSkeleton?.defaultProps?.animation).toBe(false);
    // The rest of the look is the same.
    expect(theme.palette.primary.main).toBe(createAppTheme('nl').palette.primary.main);
  });
});
