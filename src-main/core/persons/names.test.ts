import { describe, expect, it } from 'vitest';
import { nameSimilarity, nameTokens, personKeys, phoneticKey, plain, sortKey } from './names';

describe('names', () => {
  it('drops diacritics and particles', () => {
    expect(plain('Ömer Çelik-Özdemir')).toBe('omer celik ozdemir');
    expect(nameTokens('Jan van der Berg')).toEqual(['jan', 'berg']);
    expect(nameTokens('El Amrani')).toEqual(['amrani']);
    expect(nameTokens('van der')).toEqual(['van', 'der']);
    expect(sortKey('Éva de Wit')).toBe('eva de wit');
  });

  it('gives spelling variants the same phonetic key', () => {
    const same = [
      ['Mohammed', 'Mohamed', 'Muhammad', 'Mohammad'],
      ['Bakker', 'Backer', 'Baker'],
      ['Meijer', 'Meyer', 'Meier'],
      ['Yusuf', 'Youssef', 'Joesoef'],
      ['Groot', 'Grood', 'Groth'],
      ['Khalid', 'Chalid', 'Halid'],
    ];
    for (const group of same) {
      const keys = new Set(group.map(phoneticKey));
      expect(keys.size, group.join('/')).toBe(1);
    }
    expect(phoneticKey('Jansen')).not.toBe(phoneticKey('Peters'));
  });

  it('scores variants and reordered names high, different people low', () => {
    expect(nameSimilarity('Mohamed El Amrani', 'Mohammed Amrani')).toBeGreaterThan(0.9);
    expect(nameSimilarity('Jansen, Piet', 'Piet Jansen')).toBeGreaterThan(0.95);
    expect(nameSimilarity('Sanne de Vries', 'Sanne Devries')).toBeGreaterThan(0.8);
    expect(nameSimilarity('Sanne de Vries', 'Kees Bakker')).toBeLessThan(0.7);
    expect(nameSimilarity('', 'Kees')).toBe(0);
  });

  it('collects keys of name, roepnaam and aliases', () => {
    expect(personKeys(['Abdelkader Bouzid', 'Kader', 'Abu Kader'])).toEqual(
      expect.arrayContaining([phoneticKey('bouzid'), phoneticKey('kader'), phoneticKey('abdelkader')]),
    );
  });
});
