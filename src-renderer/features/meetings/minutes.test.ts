import { describe, expect, it } from 'vitest';
import {
  actieComplete,
  EMPTY_MINUTES,
  extractPartners,
  formatTimer,
  insertAt,
  mergeSaved,
  newActie,
  newRowId,
  placeCitation,
} from './minutes';
import { moveItem, moveTo } from './agenda';

describe('newRowId', () => {
  it('makes distinct ids in the form core accepts', () => {
    const ids = new Set(Array.from({ length: 200 }, () => newRowId()));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{1,40}$/);
  });
});

describe('mergeSaved', () => {
  it('takes the casus action id and a recorded weging from core, keeps the text typed since', () => {
    const actie = { ...newActie(), omschrijving: 'Gesprek met school en ouders' };
    const draft = {
      ...EMPTY_MINUTES,
      duiding: 'typed after the save',
      acties: [actie],
      besluiten: [{ id: 'b-1', tekst: 'concept', weging: null }],
    };
    const saved = {
      ...EMPTY_MINUTES,
      duiding: 'older',
      acties: [{ ...actie, omschrijving: 'Gesprek', caseActionId: 42 }],
      besluiten: [{ id: 'b-1', tekst: 'Motivering', weging: { besluit: 'geen_actie', wegingId: 7 } }],
    };
    const merged = mergeSaved(draft, saved);
    expect(merged.duiding).toBe('typed after the save');
    expect(merged.acties[0]).toMatchObject({ omschrijving: 'Gesprek met school en ouders', caseActionId: 42 });
    expect(merged.besluiten[0]).toEqual(saved.besluiten[0]);
  });

  it('keeps the very same minutes and rows when core answers nothing new (no row renders again)', () => {
    const actie = { ...newActie(), omschrijving: 'Gesprek', caseActionId: 42 };
    const besluit = { id: 'b-1', tekst: 'Motivering', weging: { besluit: 'geen_actie', wegingId: 7 } };
    const draft = { ...EMPTY_MINUTES, duiding: 'typed since', acties: [actie], besluiten: [besluit] };
    const saved = {
      ...EMPTY_MINUTES,
      acties: [{ ...actie }],
      besluiten: [{ ...besluit, weging: { ...besluit.weging } }],
    };
    expect(mergeSaved(draft, saved)).toBe(draft);
    const changed = mergeSaved(draft, { ...saved, acties: [{ ...actie, caseActionId: 43 }] });
    expect(changed).not.toBe(draft);
    expect(changed.acties[0]!.caseActionId).toBe(43);
    expect(changed.besluiten[0]).toBe(besluit);
  });

  it('leaves rows core does not know (added while saving) as they are', () => {
    const row = newActie();
    expect(mergeSaved({ ...EMPTY_MINUTES, acties: [row] }, EMPTY_MINUTES).acties).toEqual([row]);
  });
});

describe('insertAt', () => {
  it('puts the text at the cursor with spaces where it would stick to words', () => {
    expect(insertAt('Gedeeld op grond vandaag', 17, 17, 'art. 7')).toEqual({
      text: 'Gedeeld op grond art. 7 vandaag',
      cursor: 23,
    });
    expect(insertAt('Grond:', 6, 6, 'art. 7')).toEqual({ text: 'Grond: art. 7', cursor: 13 });
    expect(insertAt('', 0, 0, 'art. 7')).toEqual({ text: 'art. 7', cursor: 6 });
  });

  it('replaces a selection and clamps positions outside the text', () => {
    expect(insertAt('zie XXX.', 4, 7, 'art. 2').text).toBe('zie art. 2.');
    expect(insertAt('abc', 10, 12, 'x').text).toBe('abc x');
  });
});

describe('formatTimer', () => {
  it('reads as m:ss, and h:mm:ss from an hour', () => {
    expect(formatTimer(0)).toBe('0:00');
    expect(formatTimer(65)).toBe('1:05');
    expect(formatTimer(3725)).toBe('1:02:05');
  });
});

describe('actieComplete', () => {
  it('needs a description, a partner, a name and a deadline', () => {
    const row = { ...newActie(), omschrijving: 'Bel', actiehouderPartner: 'politie', actiehouderNaam: 'Jo' };
    expect(actieComplete(row)).toBe(false);
    expect(actieComplete({ ...row, deadline: '2026-12-01' })).toBe(true);
  });
});

describe('moveItem', () => {
  it('moves by keyboard steps and stays within the list', () => {
    expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(['a', 'b', 'c'], 0, 5)).toEqual(['b', 'c', 'a']);
  });
});

describe('moveTo', () => {
  it('puts a dragged item in the place of the item it is dropped on', () => {
    expect(moveTo(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveTo(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'b', 'c']);
    expect(moveTo(['a', 'b', 'c'], 0, 9)).toEqual(['b', 'c', 'a']);
  });
});

describe('extractPartners', () => {
  const all = ['politie', 'gemeente', 'onderwijs', 'reclassering', 'om'].map((code) => ({ code, label: code }));
  const item = (inbreng: string[], acties: string[]) => ({
    minutes: {
      ...EMPTY_MINUTES,
      inbreng: inbreng.map((partner, i) => ({ id: `i-${i}`, partner, tekst: 'x', artikel: '' })),
      acties: acties.map((actiehouderPartner) => ({ ...newActie(), actiehouderPartner })),
    },
  });

  it('offers the invited, the attendance list and the partners named in the minutes, in the list order', () => {
    const meeting = {
      invitedPartners: ['gemeente'],
      attendance: [{ partner: 'politie', status: 'aanwezig', namen: '' }],
      items: [item(['om'], ['gemeente'])],
    } as unknown as Parameters<typeof extractPartners>[0];
    expect(extractPartners(meeting, all).map((p) => p.code)).toEqual(['politie', 'gemeente', 'om']);
  });

  it('offers every partner when the meeting names none', () => {
    const meeting = { invitedPartners: [], attendance: [], items: [] } as unknown as Parameters<
      typeof extractPartners
    >[0];
    expect(extractPartners(meeting, all)).toHaveLength(5);
  });
});

describe('placeCitation', () => {
  const minutes = {
    inbreng: [{ id: 'i1', partner: 'Politie', tekst: 'Zorgen over', artikel: '' }],
    duiding: 'Eerste duiding.',
    besluiten: [{ id: 'b1', tekst: 'Opschalen', weging: null }],
    acties: [{ ...newActie(), id: 'a1', omschrijving: 'Bellen' }],
  };

  it('puts the citation in the field named, at the cursor, and leaves the others alone', () => {
    const placed = placeCitation(minutes, { id: 'veld-inbreng-i1-tekst', start: 11, end: 11 }, 'art. 7');
    expect(placed.minutes.inbreng[0]!.tekst).toBe('Zorgen over art. 7');
    expect(placed).toMatchObject({ id: 'veld-inbreng-i1-tekst', cursor: 18 });
    expect(placed.minutes.duiding).toBe('Eerste duiding.');
    expect(minutes.inbreng[0]!.tekst).toBe('Zorgen over');
    expect(
      placeCitation(minutes, { id: 'veld-inbreng-i1-artikel', start: 0, end: 0 }, 'art. 7').minutes.inbreng[0]!.artikel,
    ).toBe('art. 7');
    expect(
      placeCitation(minutes, { id: 'veld-besluit-b1-tekst', start: 9, end: 9 }, 'art. 4').minutes.besluiten[0]!.tekst,
    ).toBe('Opschalen art. 4');
    expect(
      placeCitation(minutes, { id: 'veld-actie-a1-omschrijving', start: 0, end: 0 }, 'art. 2').minutes.acties[0]!
        .omschrijving,
    ).toBe('art. 2 Bellen');
    expect(placeCitation(minutes, { id: 'veld-duiding', start: 0, end: 6 }, 'Art. 5').minutes.duiding).toBe(
      'Art. 5 duiding.',
    );
  });

  it('never drops a citation: a row removed since goes to the end of the duiding', () => {
    const placed = placeCitation(minutes, { id: 'veld-besluit-weg-tekst', start: 3, end: 3 }, 'art. 9');
    expect(placed.minutes.duiding).toBe('Eerste duiding. art. 9');
    expect(placed).toMatchObject({ id: 'veld-duiding', cursor: 22 });
    expect(placed.minutes.besluiten).toEqual(minutes.besluiten);
  });
});
