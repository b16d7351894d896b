// The median age at signal per year as a line, each point labelled with its value. A median that
// is estimated from age bands (the year includes destroyed, anonymous records) is an open circle
// and its label starts with ≈; the legend says so in words.
import { Box } from '@mui/material';
import { LineChart, type MarkElementProps } from '@mui/x-charts/LineChart';
import { createContext, useContext } from 'react';
import { formatDecimal, formatMedian, NO_FIGURE } from '../numbers';
import { SINGLE_COLOR } from './palette';

interface MedianPoint {
  value: number | null;
  estimated: boolean;
}

const Points = createContext<MedianPoint[]>([]);

function MedianMark({ x, y, dataIndex }: MarkElementProps) {
  const point = useContext(Points)[dataIndex];
  if (!point || point.value === null) return null;
  const [cx, cy] = [Number(x), Number(y)];
  return (
    <g>
      <circle
        cx={cx}
        cy={cy}
        r={5}
        fill={point.estimated ? '#ffffff' : SINGLE_COLOR}
        stroke={SINGLE_COLOR}
        strokeWidth={2}
      />
      <text x={cx} y={cy - 11} textAnchor="middle" fontSize={13} fill="#1b1f24">
        {formatMedian(point.value, point.estimated)}
      </text>
    </g>
  );
}

interface MedianChartProps {
  years: string[];
  points: MedianPoint[];
  xLabel: string;
  yLabel: string;
  seriesLabel: string;
  exactLabel: string;
  estimatedLabel: string;
  legendLabel: string;
  width?: number;
  height?: number;
}

const TEXT = { fontSize: 13, fill: '#1b1f24' };

function Dot({ open }: { open: boolean }) {
  return (
    <svg width={14} height={14} aria-hidden="true" focusable="false">
      <circle cx={7} cy={7} r={5} fill={open ? '#ffffff' : SINGLE_COLOR} stroke={SINGLE_COLOR} strokeWidth={2} />
    </svg>
  );
}

export function MedianChart(props: MedianChartProps) {
  const { years, points, xLabel, yLabel, seriesLabel, width, height = 280 } = props;
  const values = points.map((p) => p.value);
  const known = values.filter((v): v is number => v !== null);
  // Room above the highest label; the axis starts near the youngest median, not at 0.
  const domain = known.length
    ? { min: Math.max(0, Math.floor(Math.min(...known) - 3)), max: Math.ceil(Math.max(...known) + 3) }
    : {};
  const anyEstimated = points.some((p) => p.value !== null && p.estimated);
  return (
    <Points.Provider value={points}>
      <Box
        component="ul"
        aria-label={props.legendLabel}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: '4px 20px', listStyle: 'none', p: 0, m: '0 0 8px' }}
      >
        <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Dot open={false} />
          {props.exactLabel}
        </Box>
        {anyEstimated ? (
          <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Dot open />
            {props.estimatedLabel}
          </Box>
        ) : null}
      </Box>
      <LineChart
        // No keyboard stop of its own: ChartFigure shows it as an image beside its table.
        disableKeyboardNavigation
        {...(width ? { width } : {})}
        height={height}
        skipAnimation
        hideLegend
        grid={{ horizontal: true }}
        margin={{ top: 28, right: 28, bottom: 4, left: 28 }}
        xAxis={[{ scaleType: 'band', data: years, label: xLabel, height: 56, tickLabelStyle: TEXT, labelStyle: TEXT }]}
        yAxis={[
          {
            label: yLabel,
            tickLabelStyle: TEXT,
            labelStyle: TEXT,
            width: 64,
            ...domain,
            valueFormatter: (value: number) => formatDecimal(value),
          },
        ]}
        series={[
          {
            id: 'mediaan',
            label: seriesLabel,
            data: values,
            color: SINGLE_COLOR,
            showMark: true,
            // Straight segments between the years: a smoothed curve would suggest values in between.
            curve: 'linear',
            valueFormatter: (value, { dataIndex }) =>
              value === null ? NO_FIGURE : formatMedian(value, points[dataIndex]?.estimated ?? false),
          },
        ]}
        slots={{ mark: MedianMark }}
      />
    </Points.Provider>
  );
}
