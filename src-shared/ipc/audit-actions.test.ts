import { describe, expect, it } from 'vitest';
import { auditActionText } from '../i18n/audit-actions';
import { commonMessages } from '../i18n/messages';
import { AUDIT_GROUPS } from './audit';
import {
  AUDIT_ACTION_NAMES,
  auditActionKey,
  auditGroupOf,
  hasAuditGroup,
  OUTSIDE_CHANNEL_ACTIONS,
  storedActionsOfGroup,
} from './audit-actions';
import { contract } from './contract';
import { FORMER_CHANNEL_NAMES } from './former-names';

function textOf(locale: 'nl' | 'en', key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], {
    ...commonMessages[locale],
  });
}

describe('the descriptions of audited actions', () => {
  it('cover every channel and every action written outside the channel list', () => {
    expect(AUDIT_ACTION_NAMES).toEqual(expect.arrayContaining(Object.keys(contract)));
    expect(AUDIT_ACTION_NAMES).toEqual(expect.arrayContaining([...OUTSIDE_CHANNEL_ACTIONS]));
  });

  it.each(['nl', 'en'] as const)('have a text in %s for every action and group, never a channel name', (locale) => {
    const missing = AUDIT_ACTION_NAMES.filter((action) => {
      const text = textOf(locale, auditActionKey(action));
      return typeof text !== 'string' || text.trim() === '' || /^[a-z-]+:[a-z-]+$/.test(text);
    });
    expect(missing).toEqual([]);
    for (const group of AUDIT_GROUPS)
      expect(textOf(locale, `auditLog.groups.${group}`), group).toEqual(expect.any(String));
    // And nothing described that core no longer writes (a renamed channel goes in former-names.ts).
    const actions = textOf(locale, 'auditLog.actions') as Record<string, Record<string, string>>;
    const described = Object.entries(actions).flatMap(([feature, names]) =>
      Object.keys(names).map((name) => `${feature}:${name}`),
    );
    expect(described.filter((action) => !AUDIT_ACTION_NAMES.includes(action))).toEqual([]);
  });

  it('read a row under a former name with today’s text (the CSV export’s)', () => {
    for (const [former, current] of Object.entries(FORMER_CHANNEL_NAMES)) {
      expect(auditActionText('nl', former)).toBe(auditActionText('nl', current));
    }
    expect(auditActionText('nl', 'meetings:save-item')).toBe('Notulen van een agendapunt opgeslagen');
    expect(auditActionText('en', 'session:login')).toBe('Log in');
    expect(auditActionText('nl', 'later:actie')).toBe('later:actie');
  });
});

describe('the groups of the filter', () => {
  it('place every action, each in one group, and every group holds some', () => {
    expect(AUDIT_ACTION_NAMES.filter((action) => !hasAuditGroup(action))).toEqual([]);
    for (const group of AUDIT_GROUPS) expect(storedActionsOfGroup(group).length, group).toBeGreaterThan(0);
    const all = AUDIT_GROUPS.flatMap(storedActionsOfGroup);
    expect(new Set(all).size).toBe(all.length);
  });

  it('put logging in, meetings and disclosures where the officer looks for them', () => {
    expect(auditGroupOf('session:login')).toBe('sessions');
    expect(auditGroupOf('vault:recover-key')).toBe('sessions');
    expect(auditGroupOf('meetings:save-item')).toBe('meetings');
    expect(auditGroupOf('meetings:lease-expired')).toBe('meetings');
    expect(auditGroupOf('rights:inzage-export')).toBe('disclosure');
    expect(auditGroupOf('figures:export')).toBe('disclosure');
    expect(auditGroupOf('stats:export')).toBe('disclosure');
    expect(auditGroupOf('backup:check')).toBe('beheer');
    expect(storedActionsOfGroup('mentoring')).toContain('mentor:list');
  });
});
