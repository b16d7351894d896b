import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { actionLabel } from './labels';

const labels: Record<string, string> = { 'audit.actions.session.login': 'Inloggen' };
const t = ((key: string) => labels[key] ?? key) as unknown as TFunction;
const exists = (key: string) => key in labels;

describe('audit action labels', () => {
  it('show an entry written under a former channel name under today’s name', () => {
    expect(actionLabel(t, exists, 'mentor:list')).toBe('mentoring:mentors');
    expect(actionLabel(t, exists, 'stats:export')).toBe(actionLabel(t, exists, 'figures:export'));
    expect(actionLabel(t, exists, 'session:login')).toBe('Inloggen');
  });
});
