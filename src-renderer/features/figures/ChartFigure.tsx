// One figure: heading, a sentence that says what the chart shows (its text alternative together
// with the table), the legend, the chart, and its numbers as a table. On screen the table opens
// with "Toon als tabel"; on paper it is always printed, beside or under the chart.
// The chart is an image (role="img", named by the heading, described by the sentence), so the
// charts switch MUI X's keyboard exploration off: it made each chart a Tab stop with no focus ring,
// inside an image whose content screen readers do not see, for numbers the table already gives to
// keyboard and screen reader alike (accessibility review follow-up, 2026-12-07).
import { Box, Button, Typography } from '@mui/material';
import TableChartOutlined from '@mui/icons-material/TableChartOutlined';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FigureTable } from './FigureTable';
import type { TableModel } from './tables';
import { ScrollRegion } from '../../kit/ScrollRegion';

/** The least width of a chart on screen: its axes and a readable plot. */
const CHART_MIN_WIDTH = 300;

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
  /** Printed only: the table is narrow enough to stand beside the (narrower) chart. */
  beside?: boolean;
  /** Printed only: the whole figure fits a page and is kept on one (not a long list of places). */
  keep?: boolean;
}

export function ChartFigure({
  id,
  title,
  summary,
  legend,
  chart,
  table,
  printed,
  notes = [],
  beside = false,
  keep = true,
}: ChartFigureProps) {
  const { t } = useTranslation();
  const [tableShown, setTableShown] = useState(false);
  const titleId = `${id}-titel`;
  const summaryId = `${id}-uitleg`;
  const tableId = `${id}-tabel`;
  const caption = t('figures.tableCaption', { title });
  if (printed) {
    // On paper a figure is kept on one page: heading, summary and legend, then the chart with its
    // table beside it when the table is narrow (a year and one or two counts), or under it; the
    // footnotes close it. Two figures share a page where they fit. A list of places may be longer
    // than a page: then only its heading and chart are kept together, and the table flows on.
    const head = (
      <>
        <Typography variant="h3" id={titleId} sx={{ mb: 0.5 }}>
          {title}
        </Typography>
        <Typography id={summaryId} sx={{ mb: 1, maxWidth: '75ch' }}>
          {summary}
        </Typography>
        {legend}
      </>
    );
    const image = (
      <Box role="img" aria-labelledby={titleId} aria-describedby={summaryId} sx={{ flex: 'none' }}>
        {chart}
      </Box>
    );
    const tableBox = <FigureTable table={table} caption={caption} dense />;
    const footnotes = notes.length ? (
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: '6px 0 0', typography: 'body2', maxWidth: '75ch' }}>
        {notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
      </Box>
    ) : null;
    if (!keep) {
      return (
        <Box component="section" aria-labelledby={titleId} sx={{ mb: 3 }}>
          <Box sx={{ breakInside: 'avoid', mb: 1 }}>
            {head}
            {image}
          </Box>
          {tableBox}
          {footnotes}
        </Box>
      );
    }
    return (
      <Box component="section" aria-labelledby={titleId} sx={{ mb: 3, breakInside: 'avoid' }}>
        {head}
        {beside ? (
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
            {image}
            <Box sx={{ flex: '1 1 auto', minWidth: 0 }}>{tableBox}</Box>
          </Box>
        ) : (
          <>
            {image}
            <Box sx={{ mt: 1 }}>{tableBox}</Box>
          </>
        )}
        {footnotes}
      </Box>
    );
  }
  return (
    <Box
      component="section"
      aria-labelledby={titleId}
      sx={{
        mb: 3,
        p: { xs: 1.5, sm: 3 },
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
      }}
    >
      <Typography variant="h3" id={titleId} sx={{ mb: 0.5 }}>
        {title}
      </Typography>
      <Typography id={summaryId} sx={{ mb: 1.5, maxWidth: '75ch' }}>
        {summary}
      </Typography>
      {legend}
      {/* A chart needs both dimensions: in a narrow window it keeps a least width and scrolls
          sideways in its own region (WCAG 1.4.10). */}
      <ScrollRegion labelledBy={titleId}>
        <Box role="img" aria-labelledby={titleId} aria-describedby={summaryId} sx={{ minWidth: CHART_MIN_WIDTH }}>
          {chart}
        </Box>
      </ScrollRegion>
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
      <Box id={tableId} hidden={!tableShown} sx={{ mt: 2 }}>
        <ScrollRegion labelledBy={titleId}>
          <FigureTable table={table} caption={caption} />
        </ScrollRegion>
      </Box>
    </Box>
  );
}
