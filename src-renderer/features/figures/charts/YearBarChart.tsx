// Bars per year: one series (signals per year) with its value above each bar, or several series
// stacked (ideology, severity, outcome, age bands), optionally as shares of 100%. Values that may
// not be shown (suppressed in print) are null and simply not drawn.
import { BarChart } from '@mui/x-charts/BarChart';
import { useId } from 'react';
import { formatNumber, formatShare, NO_FIGURE } from '../numbers';
import { PatternBar } from './PatternBar';
import { PatternPrefix, roomForLabels, SeriesPatterns, type SeriesStyle } from './palette';

export interface ChartSeries extends SeriesStyle {
  label: string;
  data: (number | null)[];
}

interface YearBarChartProps {
  years: string[];
  series: ChartSeries[];
  xLabel: string;
  yLabel: string;
  /** Stack the series to 100% of each year (the tooltip still gives the counts). */
  shares?: boolean;
  /** A fixed width (the printed report); on screen the chart fills its container. */
  width?: number;
  height?: number;
}

const TEXT = { fontSize: 13, fill: '#1b1f24' };

export function YearBarChart({
  years,
  series,
  xLabel,
  yLabel,
  shares = false,
  width,
  height = 300,
}: YearBarChartProps) {
  const prefix = useId().replace(/:/g, '');
  const single = series.length === 1;
  const count = (value: number | null) => (value === null ? NO_FIGURE : formatNumber(value));
  return (
    <PatternPrefix.Provider value={prefix}>
      <BarChart
        // No keyboard stop of its own: ChartFigure shows it as an image beside its table.
        disableKeyboardNavigation
        {...(width ? { width } : {})}
        height={height}
        skipAnimation
        hideLegend
        grid={{ horizontal: true }}
        margin={{ top: single ? 24 : 12, right: 12, bottom: 4, left: 4 }}
        xAxis={[{ scaleType: 'band', data: years, label: xLabel, height: 56, tickLabelStyle: TEXT, labelStyle: TEXT }]}
        yAxis={[
          {
            label: yLabel,
            tickLabelStyle: TEXT,
            labelStyle: TEXT,
            width: 64,
            ...(shares
              ? { min: 0, max: 1, valueFormatter: (value: number) => formatShare(value) }
              : {
                  tickMinStep: 1,
                  valueFormatter: (value: number) => formatNumber(value),
                  ...(single ? { domainLimit: roomForLabels } : {}),
                }),
          },
        ]}
        series={series.map((s) => ({
          id: s.id,
          label: s.label,
          data: s.data,
          color: s.color,
          valueFormatter: count,
          ...(single
            ? {
                barLabel: (item: { value: number | null }) => (item.value ? formatNumber(item.value) : null),
                barLabelPlacement: 'outside' as const,
              }
            : { stack: 'total', ...(shares ? { stackOffset: 'expand' as const } : {}) }),
        }))}
        slots={{ bar: PatternBar }}
      >
        <SeriesPatterns prefix={prefix} series={series} />
      </BarChart>
    </PatternPrefix.Provider>
  );
}
