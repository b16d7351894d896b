// Signals per municipality or region: horizontal bars, most first, each with its count. The
// height grows with the number of places so every name stays readable.
import { BarChart } from '@mui/x-charts/BarChart';
import { useId } from 'react';
import { formatNumber, NO_FIGURE } from '../numbers';
import { PatternBar } from './PatternBar';
import { PatternPrefix, roomForLabels, SeriesPatterns, SINGLE_COLOR } from './palette';

interface PlaceChartProps {
  places: string[];
  counts: (number | null)[];
  seriesLabel: string;
  placeLabel: string;
  width?: number;
  /** Pixels a place; less on paper (the printed report), so a long list stays on one page. */
  rowHeight?: number;
}

const TEXT = { fontSize: 13, fill: '#1b1f24' };
function roomForNarrowLabels(min: { valueOf(): number }, max: { valueOf(): number }) {
  const { min: low, max: high } = roomForLabels(min, max);
  return { min: low, max: high * 1.1 };
}

const SERIES = [{ id: 'signalen', color: SINGLE_COLOR, pattern: 'solid' as const }];

export function PlaceChart({ places, counts, seriesLabel, placeLabel, width, rowHeight = 26 }: PlaceChartProps) {
  const prefix = useId().replace(/:/g, '');
  // Room for the longest name (about 7 px a character at 13 px), so no name is cut off.
  const nameWidth = Math.min(260, Math.max(100, Math.max(0, ...places.map((p) => p.length)) * 7 + 24));
  return (
    <PatternPrefix.Provider value={prefix}>
      <BarChart
        // No keyboard stop of its own: ChartFigure shows it as an image beside its table.
        disableKeyboardNavigation
        {...(width ? { width } : {})}
        height={Math.max(120, places.length * rowHeight + 64)}
        layout="horizontal"
        skipAnimation
        hideLegend
        grid={{ vertical: true }}
        margin={{ top: 8, right: 40, bottom: 4, left: 4 }}
        yAxis={[
          {
            scaleType: 'band',
            data: places,
            width: nameWidth,
            tickLabelStyle: TEXT,
            label: placeLabel,
            labelStyle: TEXT,
          },
        ]}
        xAxis={[
          {
            label: seriesLabel,
            height: 56,
            tickMinStep: 1,
            tickNumber: 6,
            // A narrow chart (printed beside its table) needs relatively more room for the counts.
            domainLimit: width && width < 500 ? roomForNarrowLabels : roomForLabels,
            tickLabelStyle: TEXT,
            labelStyle: TEXT,
            valueFormatter: (value: number) => formatNumber(value),
          },
        ]}
        series={[
          {
            id: 'signalen',
            label: seriesLabel,
            data: counts,
            color: SINGLE_COLOR,
            valueFormatter: (value: number | null) => (value === null ? NO_FIGURE : formatNumber(value)),
            barLabel: (item: { value: number | null }) => (item.value ? formatNumber(item.value) : null),
            barLabelPlacement: 'outside',
          },
        ]}
        slots={{ bar: PatternBar }}
      >
        <SeriesPatterns prefix={prefix} series={SERIES} />
      </BarChart>
    </PatternPrefix.Provider>
  );
}
