import { describe, expect, it } from 'vitest';
import { codeFromLabel } from './codes';

describe('codeFromLabel', () => {
  it('drops accents and case and joins the words with one underscore', () => {
    expect(codeFromLabel('  Zorg & Veiligheid: één-op-één  ', new Set(), 'waarde')).toBe('zorg_veiligheid_een_op_een');
  });

  it('keeps at most 32 characters', () => {
    expect(codeFromLabel('a'.repeat(40), new Set(), 'waarde')).toBe('a'.repeat(32));
  });

  it('gives the fallback when the label has nothing to keep', () => {
    expect(codeFromLabel('—?!', new Set(), 'module')).toBe('module');
  });

  it('numbers a code that is taken, and takes what it gives', () => {
    const taken = new Set(['school', 'school_2']);
    expect(codeFromLabel('School', taken, 'waarde')).toBe('school_3');
    expect(codeFromLabel('school', taken, 'waarde')).toBe('school_4');
    expect([...taken]).toEqual(['school', 'school_2', 'school_3', 'school_4']);
  });
});
