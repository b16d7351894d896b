import { describe, expect, it } from 'vitest';
import type { FigureGroup, FigureModel } from './figureModels';
import { printedOrder } from './printedOrder';

function figure(id: string): FigureModel {
  return {
    kind: 'places',
    id,
    title: id,
    summary: '',
    table: { rowHeader: '', columns: [], rows: [], totals: null },
    places: [],
    counts: [],
    placeLabel: '',
  } as unknown as FigureModel;
}

const group = (id: string, ...figures: string[]): FigureGroup => ({ id, title: id, figures: figures.map(figure) });

describe('printedOrder', () => {
  const screen = [
    group('signalen', 'cijfers-signalen'),
    group('leeftijd', 'cijfers-mediaan', 'cijfers-leeftijdsgroepen'),
    group('ideologie-ernst', 'cijfers-ideologie', 'cijfers-ernst'),
    group('uitkomsten', 'cijfers-uitkomsten'),
    group('plaatsen', 'cijfers-regios', 'cijfers-gemeenten'),
  ];

  it('puts the two short figures (median age, regions) next to each other, nothing else moved', () => {
    const printed = printedOrder(screen);
    expect(printed.flatMap((g) => g.figures.map((f) => f.id))).toEqual([
      'cijfers-signalen',
      'cijfers-leeftijdsgroepen',
      'cijfers-mediaan',
      'cijfers-regios',
      'cijfers-gemeenten',
      'cijfers-ideologie',
      'cijfers-ernst',
      'cijfers-uitkomsten',
    ]);
    // The same figures (the same objects: the same numbers), and the screen's order untouched.
    expect(new Set(printed.flatMap((g) => g.figures))).toEqual(new Set(screen.flatMap((g) => g.figures)));
    expect(screen[1]!.figures[0]!.id).toBe('cijfers-mediaan');
  });

  it('keeps a group it does not know, after the known ones', () => {
    const printed = printedOrder([group('nieuw', 'x'), ...screen]);
    expect(printed.at(-1)!.id).toBe('nieuw');
    expect(printed).toHaveLength(6);
  });
});
