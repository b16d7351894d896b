// A bar (or stacked segment) filled with its series' pattern and outlined in white, so that
// neighbouring segments stay apart whatever their colours. The figures use no animation: charts
// appear at once, the same on screen, in screenshots and on paper.
import type { BarProps } from '@mui/x-charts/BarChart';
import { usePatternFill } from './palette';

export function PatternBar({ seriesId, x, y, width, height }: BarProps) {
  const fill = usePatternFill(seriesId);
  if (!(width > 0) || !(height > 0)) return null;
  return <rect x={x} y={y} width={width} height={height} fill={fill} stroke="#ffffff" strokeWidth={1} />;
}
