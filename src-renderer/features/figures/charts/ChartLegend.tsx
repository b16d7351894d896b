// The legend of a chart, in HTML: each series with a swatch of its colour and pattern, in the
// order of the stack (bottom first), so it can be read without telling colours apart.
import { Box } from '@mui/material';
import { useId } from 'react';
import { Pattern, type SeriesStyle } from './palette';

export interface LegendItem extends SeriesStyle {
  label: string;
}

export function ChartLegend({ items, label }: { items: readonly LegendItem[]; label: string }) {
  const prefix = useId().replace(/:/g, '');
  return (
    <Box
      component="ul"
      aria-label={label}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: '4px 20px', listStyle: 'none', p: 0, m: '0 0 8px' }}
    >
      {items.map((item) => (
        <Box component="li" key={item.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, fontSize: '0.9375rem' }}>
          <svg width={16} height={16} aria-hidden="true" focusable="false">
            <defs>
              <Pattern id={`${prefix}-${item.id}`} kind={item.pattern} color={item.color} />
            </defs>
            <rect x={0.5} y={0.5} width={15} height={15} fill={`url(#${prefix}-${item.id})`} stroke={item.color} />
          </svg>
          {item.label}
        </Box>
      ))}
    </Box>
  );
}
