// The report's charts as plain SVG: vectors in the PDF, sharp on paper at any zoom. Each chart is
// one image with a text alternative; the table beside it in the report holds the same figures.
// Colours are fixed print colours (not the theme's), chosen to stay apart in grey and for the
// common forms of colour blindness; every value is also written as a number.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleStats } from '../../../src-shared/domain/evaluation-stats';
import { formatScore } from './format';
import { scoreX, stackSegments, wrapLabel } from './reportCharts';

const WIDTH = 680;
const LABEL_WIDTH = 230;
const VALUE_WIDTH = 44;
const PLOT_X = LABEL_WIDTH + 10;
const PLOT_WIDTH = WIDTH - PLOT_X - VALUE_WIDTH;
const FONT = 11;
const LINE = 13;
const LABEL_CHARS = 38;

const INK = '#1b1f24';
const GRID = '#c4cad2';
export const THIS_ROUND = '#1f4e79';
export const PREVIOUS_ROUND = '#9aa5b1';
/** 1 (helemaal oneens) .. 5 (helemaal eens): orange to purple, grey in the middle. */
export const SCALE_COLOURS = ['#b35806', '#f1a340', '#d8dadd', '#998ec3', '#542788'];
const SCALE_TEXT = ['#ffffff', INK, INK, INK, '#ffffff'];

export interface ScoreBar {
  key: string;
  label: string;
  score: number | null;
  /** The previous round's score, drawn as a second, grey bar. */
  previous?: number | null;
}

/** The top of each row, the rows stacked from `start`. */
function rowTops(rows: readonly { height: number }[], start: number): number[] {
  const tops: number[] = [];
  rows.reduce((y, row) => {
    tops.push(y);
    return y + row.height;
  }, start);
  return tops;
}

function Axis({ top, height }: { top: number; height: number }) {
  return (
    <g aria-hidden>
      {[1, 2, 3, 4, 5].map((tick) => {
        const x = scoreX(tick, PLOT_X, PLOT_WIDTH);
        return (
          <g key={tick}>
            <line x1={x} x2={x} y1={top} y2={top + height} stroke={GRID} strokeWidth={tick === 1 ? 1 : 0.6} />
            <text x={x} y={top + height + 12} fontSize={FONT - 1} textAnchor="middle" fill={INK}>
              {tick}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** The chart as one image with its name, kept on one page. */
function ChartFrame({ label, height, children }: { label: string; height: number; children: ReactNode }) {
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      style={{ display: 'block', breakInside: 'avoid' }}
      fontFamily="inherit"
    >
      {children}
    </svg>
  );
}

/** A bar's label, its lines centred on the bar's middle. */
function RowLabel({ lines, mid }: { lines: readonly string[]; mid: number }) {
  const top = mid - (lines.length * LINE) / 2 + FONT - 1;
  return (
    <text fontSize={FONT} fill={INK}>
      {lines.map((line, i) => (
        <tspan key={i} x={0} y={top + i * LINE}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/** Horizontal bars of scores on the 1–5 scale; with `previous` a grey bar of the previous round under each. */
export function ScoreChart({ label, bars, legend }: { label: string; bars: ScoreBar[]; legend?: [string, string] }) {
  const paired = bars.some((bar) => bar.previous !== undefined);
  const barHeight = paired ? 10 : 14;
  const rows = bars.map((bar) => {
    const lines = wrapLabel(bar.label, LABEL_CHARS);
    const height = Math.max(lines.length * LINE, paired ? 2 * barHeight + 4 : barHeight) + 10;
    return { bar, lines, height };
  });
  const top = legend ? 22 : 4;
  const tops = rowTops(rows, top);
  const plotHeight = rows.reduce((sum, row) => sum + row.height, 0);
  const height = top + plotHeight + 18;
  return (
    <ChartFrame label={label} height={height}>
      {legend ? (
        <g aria-hidden>
          <rect x={PLOT_X} y={4} width={12} height={10} fill={THIS_ROUND} />
          <text x={PLOT_X + 16} y={13} fontSize={FONT - 1} fill={INK}>
            {legend[0]}
          </text>
          <rect x={PLOT_X + 180} y={4} width={12} height={10} fill={PREVIOUS_ROUND} />
          <text x={PLOT_X + 196} y={13} fontSize={FONT - 1} fill={INK}>
            {legend[1]}
          </text>
        </g>
      ) : null}
      <Axis top={top} height={plotHeight} />
      {rows.map(({ bar, lines, height: rowHeight }, index) => {
        const mid = tops[index]! + rowHeight / 2;
        const barTop = paired ? mid - barHeight - 2 : mid - barHeight / 2;
        const drawn: { value: number | null | undefined; colour: string; y: number }[] = [
          { value: bar.score, colour: THIS_ROUND, y: barTop },
        ];
        if (paired) drawn.push({ value: bar.previous, colour: PREVIOUS_ROUND, y: barTop + barHeight + 4 });
        return (
          <g key={bar.key}>
            <RowLabel lines={lines} mid={mid} />
            {drawn.map((d, i) =>
              d.value === null || d.value === undefined ? (
                <text key={i} x={PLOT_X + 4} y={d.y + barHeight - 2} fontSize={FONT - 1} fill={INK}>
                  –
                </text>
              ) : (
                <g key={i}>
                  <rect
                    x={PLOT_X}
                    y={d.y}
                    width={Math.max(1, scoreX(d.value, PLOT_X, PLOT_WIDTH) - PLOT_X)}
                    height={barHeight}
                    fill={d.colour}
                  />
                  <text
                    x={WIDTH}
                    y={d.y + barHeight - 2}
                    fontSize={FONT - (i === 0 ? 0 : 1)}
                    textAnchor="end"
                    fill={INK}
                    fontWeight={i === 0 ? 600 : 400}
                  >
                    {formatScore(d.value)}
                  </text>
                </g>
              ),
            )}
          </g>
        );
      })}
    </ChartFrame>
  );
}

export interface DistributionBar {
  key: string;
  label: string;
  stats: ScaleStats;
}

/** Per statement a 100% bar of its answers 1..5, with the counts written in the segments. */
export function DistributionChart({ label, bars }: { label: string; bars: DistributionBar[] }) {
  const { t } = useTranslation();
  const barHeight = 16;
  const rows = bars.map((bar) => {
    const lines = wrapLabel(bar.label, LABEL_CHARS);
    return { bar, lines, height: Math.max(lines.length * LINE, barHeight) + 10 };
  });
  const legendHeight = 22;
  const tops = rowTops(rows, legendHeight);
  const plotHeight = rows.reduce((sum, row) => sum + row.height, 0);
  const height = legendHeight + plotHeight + 4;
  // The legend spans the whole width: its labels are longer than a fifth of the bar.
  const legendStep = (WIDTH - 30) / 5;
  return (
    <ChartFrame label={label} height={height}>
      <g aria-hidden>
        {SCALE_COLOURS.map((colour, i) => (
          <g key={colour}>
            <rect x={i * legendStep} y={4} width={10} height={10} fill={colour} />
            <text x={i * legendStep + 14} y={13} fontSize={FONT - 2} fill={INK}>
              {t(`evaluationReport.scale.${i + 1}`)}
            </text>
          </g>
        ))}
        <text x={WIDTH} y={13} fontSize={FONT - 2} textAnchor="end" fill={INK}>
          {t('evaluationReport.chart.n')}
        </text>
      </g>
      {rows.map(({ bar, lines, height: rowHeight }, index) => {
        const mid = tops[index]! + rowHeight / 2;
        const barTop = mid - barHeight / 2;
        const segments = stackSegments(bar.stats.distribution, PLOT_X, PLOT_WIDTH);
        return (
          <g key={bar.key}>
            <RowLabel lines={lines} mid={mid} />
            {segments.length === 0 ? (
              <rect x={PLOT_X} y={barTop} width={PLOT_WIDTH} height={barHeight} fill="none" stroke={GRID} />
            ) : null}
            {segments.map((segment) => (
              <g key={segment.value}>
                <rect
                  x={segment.x}
                  y={barTop}
                  width={segment.width}
                  height={barHeight}
                  fill={SCALE_COLOURS[segment.value - 1]}
                  stroke="#ffffff"
                  strokeWidth={0.8}
                />
                {segment.width >= 16 ? (
                  <text
                    x={segment.x + segment.width / 2}
                    y={barTop + barHeight - 4}
                    fontSize={FONT - 2}
                    textAnchor="middle"
                    fill={SCALE_TEXT[segment.value - 1]}
                  >
                    {segment.count}
                  </text>
                ) : null}
              </g>
            ))}
            <text x={WIDTH} y={barTop + barHeight - 4} fontSize={FONT - 1} textAnchor="end" fill={INK}>
              {bar.stats.n}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}
