// Colours and fill patterns of the charts. Every colour has at least 3:1 contrast with the white
// page and with the white lines between stacked segments (WCAG 1.4.11), and each series also has
// its own pattern, so that colour is never the only way to tell series apart (WCAG 1.4.1): the
// legend shows the same pattern, and the table under every chart gives the numbers.
import { createContext, useContext } from 'react';

/** For categories without an order (ideology, outcome). */
export const CATEGORY_COLORS = ['#1d4e89', '#c05600', '#2e7d32', '#8e2c8e', '#00707a', '#a8201a', '#5f6b77'];
/** From laag to zeer ernstig: ever darker and redder. */
export const SEVERITY_COLORS = ['#9c7a00', '#c0560b', '#b02a1c', '#5a0f1e'];
/** <18 (the figure the steering group watches) in the strongest colour, at the base of the stack. */
export const AGE_COLORS = ['#a8201a', '#c05600', '#2c6e91', '#3d4f66', '#6b7480'];
/** A single series (signals per year, per place). */
export const SINGLE_COLOR = '#14365d';
/** The hatched segment of hidden counts in a printed chart: dark lines on white ("onbekend"). */
export const HIDDEN_COLOR = '#3d4650';

export const PATTERNS = ['solid', 'diagonal', 'dots', 'horizontal', 'cross', 'backdiagonal', 'vertical'] as const;
/** 'hatched' is kept for the hidden counts: never given to a category. */
export type PatternKind = (typeof PATTERNS)[number] | 'hatched';

export function patternFor(index: number): PatternKind {
  return PATTERNS[index % PATTERNS.length]!;
}

export function colorFor(colors: readonly string[], index: number): string {
  return colors[index % colors.length]!;
}

const MARKS: Record<PatternKind, string> = {
  solid: '',
  diagonal: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4',
  dots: '',
  horizontal: 'M0,4 h8',
  cross: 'M0,4 h8 M4,0 v8',
  backdiagonal: 'M-2,6 l4,4 M0,0 l8,8 M6,-2 l4,4',
  vertical: 'M4,0 v8',
  hatched: 'M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4',
};

/** The fill of one series: its colour with thin white marks on top (hatched: dark lines on white). */
export function Pattern({ id, kind, color }: { id: string; kind: PatternKind; color: string }) {
  if (kind === 'hatched') {
    return (
      <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse">
        <rect width={8} height={8} fill="#ffffff" />
        <path d={MARKS.hatched} stroke={color} strokeWidth={1.6} />
      </pattern>
    );
  }
  return (
    <pattern id={id} width={8} height={8} patternUnits="userSpaceOnUse">
      <rect width={8} height={8} fill={color} />
      {kind === 'dots' ? <circle cx={4} cy={4} r={1.4} fill="#ffffff" /> : null}
      {MARKS[kind] ? <path d={MARKS[kind]} stroke="#ffffff" strokeWidth={1.4} /> : null}
    </pattern>
  );
}

export interface SeriesStyle {
  id: string;
  color: string;
  pattern: PatternKind;
}

/** The id prefix of the patterns of the chart being drawn, for the bars that use them. */
export const PatternPrefix = createContext('');

export function usePatternFill(seriesId: string | number): string {
  return `url(#${useContext(PatternPrefix)}-${String(seriesId)})`;
}

/** The patterns of a chart's series, inside its SVG. */
export function SeriesPatterns({ prefix, series }: { prefix: string; series: readonly SeriesStyle[] }) {
  return (
    <defs>
      {series.map((s) => (
        <Pattern key={s.id} id={`${prefix}-${s.id}`} kind={s.pattern} color={s.color} />
      ))}
    </defs>
  );
}

/**
 * The value axis of a chart with value labels at the end of its bars: some room beyond the
 * largest bar, or its label would be cut off by the plot area.
 */
export function roomForLabels(min: { valueOf(): number }, max: { valueOf(): number }) {
  const [low, high] = [Number(min), Number(max)];
  return { min: Math.min(0, low), max: high <= 0 ? 1 : high * 1.12 };
}
