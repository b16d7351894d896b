import { describe, expect, it } from 'vitest';
import { durationText } from './duration';

describe('durationText', () => {
  it('leaves out what is zero: no "1 u 0 min"', () => {
    expect(durationText(45)).toEqual({ key: 'duration.minutes', values: { hours: 0, minutes: 45 } });
    expect(durationText(0)).toEqual({ key: 'duration.minutes', values: { hours: 0, minutes: 0 } });
    expect(durationText(60)).toEqual({ key: 'duration.hours', values: { hours: 1, minutes: 0 } });
    expect(durationText(195)).toEqual({ key: 'duration.hoursMinutes', values: { hours: 3, minutes: 15 } });
  });
});
