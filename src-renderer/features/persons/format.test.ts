import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../../i18n/resources';
import { birthText, maskBsn } from './format';

beforeAll(async () => {
  await i18next.init({ lng: 'nl', resources, ns: ['translation', 'common'], defaultNS: 'translation' });
});

describe('a person on screen', () => {
  it('masks the BSN except its last three digits', () => {
    expect(maskBsn('111222333')).toBe('••••••333');
    expect(maskBsn('')).toBe('');
  });

  it('shows the birth date with the age, or the year with an approximate age', () => {
    const t = i18next.t;
    expect(birthText(t, { geboortedatum: '2006-05-12', geboortejaar: 2006 }, '2026-05-11')).toBe(
      '12-05-2006 (19 jaar)',
    );
    expect(birthText(t, { geboortedatum: null, geboortejaar: 2008 }, '2026-05-11')).toBe('2008 (ongeveer 18 jaar)');
    expect(birthText(t, { geboortedatum: null, geboortejaar: null })).toBe('onbekend');
  });
});
