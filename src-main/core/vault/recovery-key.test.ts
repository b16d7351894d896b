import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryKey,
  generateRecoveryKey,
  parseRecoveryKey,
  RECOVERY_GROUPS,
  recoveryGroup,
} from './recovery-key';

describe('recovery key', () => {
  it('is 14 groups of 4 characters without look-alike letters', () => {
    const { text } = generateRecoveryKey();
    expect(RECOVERY_GROUPS).toBe(14);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){13}[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  it('reads back what it wrote, in any case, with or without dashes and with look-alikes', () => {
    for (let i = 0; i < 50; i++) {
      const bytes = randomBytes(32);
      const text = formatRecoveryKey(bytes);
      expect(parseRecoveryKey(text)!.equals(bytes)).toBe(true);
      expect(parseRecoveryKey(text.toLowerCase().replaceAll('-', ' '))!.equals(bytes)).toBe(true);
      expect(parseRecoveryKey(text.replaceAll('0', 'O').replaceAll('1', 'l'))!.equals(bytes)).toBe(true);
    }
  });

  it('catches a mistyped or missing character with the check group', () => {
    const { text } = generateRecoveryKey();
    const chars = text.replaceAll('-', '').split('');
    let caught = 0;
    for (let i = 0; i < chars.length; i++) {
      const typo = [...chars];
      typo[i] = typo[i] === 'A' ? 'B' : 'A';
      if (parseRecoveryKey(typo.join('')) === null) caught++;
    }
    expect(caught).toBe(chars.length);
    expect(parseRecoveryKey(text.slice(0, -1))).toBeNull();
    expect(parseRecoveryKey('')).toBeNull();
  });

  it('names groups by their 1-based number', () => {
    const text = 'AAAA-BBBB-CCCC';
    expect(recoveryGroup(text, 2)).toBe('BBBB');
    expect(recoveryGroup(text, 9)).toBe('');
  });
});
