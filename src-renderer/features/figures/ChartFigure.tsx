// One figure: heading, a sentence that says what the chart shows (its text alternative together
// with the table), the legend, the chart, and its numbers as a table. On screen the table opens
// with "Toon als tabel"; on paper it is always printed, under the chart.
import { Box, Button, Typography } from '@mui/material';
import TableChartOutlined from '@mui/icons-material/TableChartOutlined';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureTable } from './FigureTable';
import type { TableModel } from './tables';

interface ChartFigureProps {
  id: string;
  title: string;
  summary: string;
  legend?: ReactNode;
  chart: ReactNode;
  table: TableModel;
  printed: boolean;
  /** Printed only: footnotes under the table (what its marks mean, how the chart draws them). */
  notes?: string[];
}

export function ChartFigure({ id, title, summary, legend, chart, table, printed, notes = [] }: ChartFigureProps) {
  const { t } = useTranslation();
  const [tableShown, setTableShown] = useState(false);
  const titleId = `${id}-titel`;
  const summaryId = `${id}-uitleg`;
  const tableId = `${id}-tabel`;
  const caption = t('figures.tableCaption', { title });
  return (
    <Box
      component="section"
      aria-labelledby={titleId}
      sx={
        printed
          ? { mb: 4 }
          : { mb: 3, p: 3, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }
      }
    >
      {/* On paper the heading, summary, legend and chart stay together on one page. */}
      <Box sx={{ breakInside: 'avoid' }}>
        <Typography variant="h3" id={titleId} sx={{ mb: 0.5 }}>
          {title}
        </Typography>
        <Typography id={summaryId} sx={{ mb: 1.5, maxWidth: '75ch' }}>
          {summary}
        </Typography>
        {legend}
        <Box role="img" aria-labelledby={titleId} aria-describedby={summaryId}>
          {chart}
        </Box>
      </Box>
      {printed ? (
        <>
          <FigureTable table={table} caption={caption} />
          {notes.length ? (
            <Box component="ul" sx={{ listStyle: 'none', p: 0, m: '6px 0 0', typography: 'body2', maxWidth: '75ch' }}>
              {notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </Box>
          ) : null}
        </>
      ) : (
        <>
          <Button
            variant="outlined"
            size="small"
            startIcon={<TableChartOutlined aria-hidden />}
            aria-expanded={tableShown}
            aria-controls={tableId}
            onClick={() => setTableShown((shown) => !shown)}
            sx={{ mt: 1 }}
          >
            {tableShown ? t('figures.hideTable') : t('figures.showTable')}
          </Button>
          <Box id={tableId} hidden={!tableShown} sx={{ mt: 2, overflowX: 'auto' }}>
            <FigureTable table={table} caption={caption} />
          </Box>
        </>
      )}
    </Box>
  );
}
