import { describe, expect, it } from 'vitest';
import { hasUnstorableCharacter, pathOfUnstorableCharacter, withoutUnstorableCharacters } from './input-characters';

describe('hasUnstorableCharacter', () => {
  it('finds a NUL and half a surrogate pair, at either end', () => {
    for (const text of ['\u0000', 'a\u0000', '\ud83d', 'a\ud83d', '\udc4d', '\udc4da', '\ud83d\ud83d\udc4d']) {
      expect(hasUnstorableCharacter(text), JSON.stringify(text)).toBe(true);
    }
  });

  it('lets every other character be: whole emoji, marks, controls a field can hold', () => {
    for (const text of ['', '👍🏽', '\u200f\u200e\u202e', 'e\u0301', '\t\r\n', '\u0007', '\uffff', '𝔘']) {
      expect(hasUnstorableCharacter(text), JSON.stringify(text)).toBe(false);
    }
  });
});

describe('pathOfUnstorableCharacter', () => {
  it('names the field as the router reports fields', () => {
    expect(pathOfUnstorableCharacter({ signal: { omschrijving: 'a\u0000' } })).toBe('signal.omschrijving');
    expect(pathOfUnstorableCharacter({ items: [{ t: 'ok' }, { t: '\ud800' }] })).toBe('items.1.t');
    expect(pathOfUnstorableCharacter('\u0000')).toBe('_');
  });

  it('reports a key at the object that holds it', () => {
    expect(pathOfUnstorableCharacter({ a: { ['k\u0000']: 1 } })).toBe('a');
    expect(pathOfUnstorableCharacter({ ['k\u0000']: 1 })).toBe('_');
  });

  it('finds nothing in clean input, numbers, null or binary values', () => {
    expect(pathOfUnstorableCharacter({ a: [1, null, true, 'tekst', new Uint8Array([0])] })).toBeNull();
    expect(pathOfUnstorableCharacter(undefined)).toBeNull();
  });
});

describe('withoutUnstorableCharacters', () => {
  it('removes every one of them and keeps whole pairs', () => {
    expect(withoutUnstorableCharacters('a\u0000b\u0000c \ud83d👍\udc4d')).toBe('abc 👍');
    expect(withoutUnstorableCharacters('Amélie 👍🏽')).toBe('Amélie 👍🏽');
  });
});
