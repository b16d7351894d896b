import { describe, expect, it } from 'vitest';
import { firstStepWithError, SERVER_STEPS, stepOfField } from './values';

describe('which wizard step a refused field belongs to', () => {
  it('maps core field paths to steps', () => {
    expect(stepOfField('passwordRepeat')).toBe('admin');
    expect(stepOfField('folder')).toBe('folder');
    expect(stepOfField('confirm.1')).toBe('confirm');
  });

  it('goes back to the earliest step with a problem', () => {
    expect(
      firstStepWithError({
        'confirm.0': { key: 'validation.groupMismatch' },
        password: { key: 'validation.passwordCommon' },
      }),
    ).toBe('admin');
    expect(firstStepWithError({})).toBeNull();
  });

  it('on a PostgreSQL server goes back only to the steps the wizard shows there', () => {
    expect(SERVER_STEPS).toEqual(['welcome', 'admin', 'confirm']);
    expect(firstStepWithError({ folder: { key: 'validation.invalid' } }, SERVER_STEPS)).toBeNull();
    expect(firstStepWithError({ username: { key: 'validation.required' } }, SERVER_STEPS)).toBe('admin');
  });
});
