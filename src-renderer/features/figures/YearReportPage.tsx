// Jaarrapport: the figures of the chosen period as an A4 document (the print pattern of
// app/print). A title block with the period, region, maker and notes on its first page, then
// every chart with its table. Tables are printed through disclosure control, with their footnotes,
// and charts draw exactly what their table shows; core adds "Vertrouwelijk" and the page numbers.
// One's own house is printed from its exact figures, protected here (as before, and the same rule
// as core); the province (every house: the view `weergave=provincie`, and always for an account
// without a house, such as the provincial coordinator) is printed from the published figures core
// protected, as tables with their footnotes: exact counts of other houses never reach this window.
import { Box, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDateTime } from '../../../src-shared/domain/format';
import { PRIMARY, SMALL_CELL } from '../../../src-shared/domain/disclosure';
import { canUse } from '../../../src-shared/ipc/permissions';
import { PrintPage } from '../../kit/print/PrintPage';
import { useSession } from '../../kit/session';
import { FigureGroups } from './FigureGroups';
import { periodLabel } from './figureModels';
import { provinceFromParams, selectionFromParams, viewParams } from './filter';
import { formatNumber } from './numbers';
import { PublishedTables } from './PublishedTables';
import { useFigures } from './useFigures';
import { usePublished } from './usePublished';

export function YearReportPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const [params] = useSearchParams();
  const selection = selectionFromParams(params, new Date().getFullYear());
  const published = usePublished(selection);
  const house = published.published?.houseRegionIds ?? null;
  const mayExact = canUse('figures:dashboard', user);
  // Until the published answer names one's regions, a house report waits (nothing exact is asked).
  const province = !mayExact || provinceFromParams(params) || (house !== null && house.length === 0);
  const houseReport = !province && house !== null;
  const { dashboard, groups, regionName, error, pending } = useFigures(selection, true, houseReport);
  // The moment the report was made, as printed on it.
  const [madeAt] = useState(() => new Date());
  const period = periodLabel(selection.fromYear, selection.toYear);
  // A hyphen, not a dash: the title is also the PDF's file name.
  const title = t('figures.report.title', { period: period.replace('–', '-') });
  const back = {
    to: { pathname: '/cijfers', search: viewParams(selection, province).toString() },
    label: t('figures.report.back'),
  };
  const lead = (region: string, notes: ReactNode) => (
    <ReportLead period={period} region={region} madeAt={madeAt} maker={user?.displayName ?? ''}>
      {notes}
    </ReportLead>
  );

  if (province)
    return (
      <PrintPage
        title={title}
        back={back}
        document="jaarrapport-cijfers-provincie"
        data={published.tables ?? undefined}
        pending={published.pending}
        error={published.error}
        lead={lead(
          t('figures.views.provinceName'),
          <>
            <Typography sx={{ mb: 1 }}>{t('figures.views.provinceNote')}</Typography>
            <Typography sx={{ mb: 1 }}>{t('common:figures.suppressionNote')}</Typography>
          </>,
        )}
      >
        {(tables) => <PublishedTables tables={tables} printed />}
      </PrintPage>
    );

  return (
    <PrintPage
      title={title}
      back={back}
      document="jaarrapport-cijfers"
      data={groups ?? undefined}
      pending={pending || published.pending}
      error={error ?? published.error}
      lead={lead(
        regionName,
        <>
          <Typography sx={{ mb: 1 }}>{t('common:figures.suppressionNote')}</Typography>
          <Typography sx={{ mb: 1 }}>{t('figures.report.chartsNote')}</Typography>
          {dashboard && dashboard.anonymousSignals > 0 ? (
            <Typography sx={{ mb: 1 }}>
              {t('figures.report.anonymousNote', {
                // Like every count on paper: below 5 it is not given exactly.
                count: dashboard.anonymousSignals < SMALL_CELL ? PRIMARY : formatNumber(dashboard.anonymousSignals),
              })}
            </Typography>
          ) : null}
        </>,
      )}
    >
      {(loaded) => <FigureGroups groups={loaded} printed />}
    </PrintPage>
  );
}

/** The report's first block: period, region, who made it and when, the source, then the notes
 *  that explain what the tables show, ending with the reminder that exact counts stay inside. */
function ReportLead(props: { period: string; region: string; madeAt: Date; maker: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ mb: 4 }}>
      <dl className="definition-list">
        <dt>{t('figures.report.period')}</dt>
        <dd>{props.period}</dd>
        <dt>{t('figures.report.region')}</dt>
        <dd>{props.region}</dd>
        <dt>{t('figures.report.made')}</dt>
        <dd>{t('figures.report.madeValue', { at: formatDateTime(props.madeAt), name: props.maker })}</dd>
        <dt>{t('figures.report.source')}</dt>
        <dd>{t('figures.report.sourceValue')}</dd>
      </dl>
      <Typography variant="h2" sx={{ mt: 3, mb: 1 }}>
        {t('figures.report.aboutTitle')}
      </Typography>
      {props.children}
      <Typography>{t('figures.report.exactNote')}</Typography>
    </Box>
  );
}
