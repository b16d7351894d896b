import { describe, expect, it } from 'vitest';
import {
  listErrors,
  move,
  moveGemeente,
  regionErrors,
  regionRows,
  regionsInput,
  valueRows,
  valuesInput,
  type RegionRow,
} from './editing';

describe('the list and region editors', () => {
  it('moves a row up and down', () => {
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
  });

  it('sends existing values with their code and new ones without', () => {
    const rows = valueRows([{ code: 'laag', label: 'Laag', active: true, effect: null }]);
    rows.push({ key: 'x', label: 'Nieuw', active: true, effect: null });
    expect(valuesInput(rows)).toEqual([
      { code: 'laag', label: 'Laag', active: true, effect: null },
      { label: 'Nieuw', active: true, effect: null },
    ]);
  });

  it('moves a municipality to another region and sends ids only for what exists', () => {
    const rows = regionRows({
      lists: {} as never,
      regions: [
        { id: 1, name: 'Noord' },
        { id: 2, name: 'Zuid' },
      ],
      gemeenten: [
        { id: 10, name: 'Aldervoort', regionId: 1 },
        { id: 11, name: 'Beekwolde', regionId: 1 },
        { id: 20, name: 'Dalhem', regionId: 2 },
      ],
    });
    const moved = moveGemeente(rows, 'gemeente-11', 'regio-2');
    moved.push({ key: 'n', name: 'Oost', gemeenten: [{ key: 'm', name: 'Nieuwstad' }] });
    expect(regionsInput(moved)).toEqual([
      { id: 1, name: 'Noord', gemeenten: [{ id: 10, name: 'Aldervoort' }] },
      {
        id: 2,
        name: 'Zuid',
        gemeenten: [
          { id: 20, name: 'Dalhem' },
          { id: 11, name: 'Beekwolde' },
        ],
      },
      { name: 'Oost', gemeenten: [{ name: 'Nieuwstad' }] },
    ]);
  });

  it('refuses an empty label, a label used twice and a besluit without its effect, next to the field', () => {
    const rows = valueRows([
      { code: 'laag', label: 'Laag', active: true, effect: null },
      { code: 'hoog', label: 'Hoog', active: true, effect: null },
    ]);
    rows.push(
      { key: 'a', label: '  ', active: true, effect: null },
      { key: 'b', label: ' laag ', active: false, effect: null },
    );
    expect(listErrors('ernst', rows)).toEqual({
      'values.2.label': { key: 'validation.required' },
      'values.3.label': { key: 'validation.duplicateName' },
    });
    expect(listErrors('ernst', rows.slice(0, 2))).toEqual({});
    expect(listErrors('besluit', [{ key: 'c', label: 'Sluiten', active: true, effect: null }])).toEqual({
      'values.0.effect': { key: 'validation.required' },
    });
    expect(listErrors('besluit', [{ key: 'c', label: 'Sluiten', active: true, effect: 'sluiten' }])).toEqual({});
  });

  it('refuses an empty name and a name used twice, municipalities over all regions', () => {
    const rows: RegionRow[] = [
      {
        key: 'r1',
        name: 'Noord',
        gemeenten: [
          { key: 'g1', name: 'Aldervoort' },
          { key: 'g2', name: '' },
        ],
      },
      { key: 'r2', name: 'noord ', gemeenten: [{ key: 'g3', name: 'ALDERVOORT' }] },
      { key: 'r3', name: ' ', gemeenten: [{ key: 'g4', name: 'X' }] },
    ];
    expect(regionErrors(rows)).toEqual({
      'regions.0.gemeenten.1.name': { key: 'validation.required' },
      'regions.1.name': { key: 'validation.duplicateName' },
      'regions.1.gemeenten.0.name': { key: 'validation.duplicateName' },
      'regions.2.name': { key: 'validation.required' },
      'regions.2.gemeenten.0.name': { key: 'validation.tooShort', params: { minimum: 2 } },
    });
    expect(regionErrors([{ key: 'r1', name: 'Noord', gemeenten: [{ key: 'g1', name: 'Aldervoort' }] }])).toEqual({});
  });
});
