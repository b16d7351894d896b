// The groups of figures (signals, age, ideology and severity, outcomes, places), each under its
// own heading, on screen and in the printed report alike.
import { Box, Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from './ChartFigure';
import { ChartLegend } from './charts/ChartLegend';
import { MedianChart } from './charts/MedianChart';
import { PlaceChart } from './charts/PlaceChart';
import { YearBarChart } from './charts/YearBarChart';
import type { FigureGroup, FigureModel } from './figureModels';
import { printedOrder } from './printedOrder';

/** The width of a chart on an A4 page (about 170 mm of the 180 mm between the margins). */
const PRINT_WIDTH = 640;
/** The width of a chart with its table beside it (about 110 mm). */
const PRINT_WIDTH_BESIDE = 420;

/** The most places whose chart and table, side by side, still fit one printed page. */
const PLACES_ON_A_PAGE = 40;
/** A place's height in a printed chart (on screen 26 px). */
const PRINT_PLACE_HEIGHT = 17;

/** On paper a figure is kept on one page, unless it is a list of more places than a page holds. */
function keptOnAPage(figure: FigureModel): boolean {
  return figure.kind !== 'places' || figure.places.length <= PLACES_ON_A_PAGE;
}

/** On paper a table of one or two counts stands beside its chart (a long list of places: under it). */
function tableBeside(figure: FigureModel): boolean {
  return keptOnAPage(figure) && figure.table.columns.length <= 2;
}

function Chart({ figure, printed }: { figure: FigureModel; printed: boolean }) {
  const { t } = useTranslation();
  const width = printed ? (tableBeside(figure) ? PRINT_WIDTH_BESIDE : PRINT_WIDTH) : undefined;
  switch (figure.kind) {
    case 'bars':
      return (
        <YearBarChart
          years={figure.years}
          series={figure.series}
          xLabel={t('figures.axes.year')}
          yLabel={figure.yLabel}
          shares={figure.shares}
          {...(width ? { width, height: 200 } : {})}
        />
      );
    case 'median':
      return (
        <MedianChart
          years={figure.years}
          points={figure.points}
          xLabel={t('figures.axes.year')}
          yLabel={t('figures.axes.age')}
          seriesLabel={figure.title}
          exactLabel={t('figures.median.exact')}
          estimatedLabel={t('figures.median.estimated')}
          legendLabel={t('figures.legend', { title: figure.title })}
          {...(width ? { width, height: 190 } : {})}
        />
      );
    case 'places':
      return (
        <PlaceChart
          places={figure.places}
          counts={figure.counts}
          seriesLabel={t('figures.axes.signals')}
          placeLabel={figure.placeLabel}
          {...(width ? { width, rowHeight: PRINT_PLACE_HEIGHT } : {})}
        />
      );
  }
}

/** The footnotes of a printed figure: its table's marks, then how its chart draws hidden counts. */
function notesOf(t: TFunction, figure: FigureModel): string[] {
  const notes = (figure.table.notes ?? []).map((key) => t(`common:${key}`));
  const hatched = figure.kind === 'bars' && figure.series.some((s) => s.pattern === 'hatched');
  const gaps =
    figure.kind === 'bars'
      ? figure.series.some((s) => s.data.some((value) => value === null))
      : figure.kind === 'places' && figure.counts.some((value) => value === null);
  return [
    ...notes,
    ...(hatched ? [t('figures.report.chartHidden')] : []),
    ...(gaps && (!hatched || figure.kind !== 'bars') ? [t('figures.report.chartLeftOut')] : []),
  ];
}

export function FigureGroups({ groups, printed }: { groups: FigureGroup[]; printed: boolean }) {
  const { t } = useTranslation();
  return (printed ? printedOrder(groups) : groups).map((group) => (
    <Box key={group.id} component="section" aria-labelledby={`groep-${group.id}`}>
      <Typography variant="h2" id={`groep-${group.id}`} sx={{ mt: printed ? 2 : 4, mb: 2, breakAfter: 'avoid' }}>
        {group.title}
      </Typography>
      {group.figures.map((figure) => (
        <ChartFigure
          key={figure.id}
          id={figure.id}
          title={figure.title}
          summary={figure.summary}
          printed={printed}
          table={figure.table}
          notes={printed ? notesOf(t, figure) : []}
          beside={printed && tableBeside(figure)}
          keep={keptOnAPage(figure)}
          legend={
            figure.kind === 'bars' && figure.series.length > 1 ? (
              <ChartLegend items={figure.series} label={t('figures.legend', { title: figure.title })} />
            ) : null
          }
          chart={<Chart figure={figure} printed={printed} />}
        />
      ))}
    </Box>
  ));
}
