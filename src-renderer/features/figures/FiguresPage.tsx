// Cijfers: the trends the steering group watches (new signals, age at signal, ideology, severity,
// outcomes, municipalities and regions) for a period and region, every chart with its table.
// Two views (issue 18 point 7): the exact figures of one's own house (the ZVH regions of one's
// account), and "Provincie (beveiligd)": every house on the installation, only as published
// (disclosure control in core), the same tables as the export. An account without regions, or
// without the exact dashboard (the provincial coordinator), has the province view only.
// Exports and the printed year report leave the workstation with small counts suppressed.
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Box, Button, Skeleton, Tab, Tabs, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { canUse } from '../../../src-shared/ipc/permissions';
import { describeError } from '../../kit/bridge';
import { useRegisterPrint } from '../../kit/commands';
import { PageHeader } from '../../kit/PageHeader';
import { useSession } from '../../kit/session';
import { FigureFilters } from './FigureFilters';
import { FigureGroups } from './FigureGroups';
import { periodLabel } from './figureModels';
import { FiguresExportDialog } from './FiguresExportDialog';
import { provinceFromParams, selectionFromParams, viewParams } from './filter';
import { formatNumber } from './numbers';
import { PublishedTables } from './PublishedTables';
import { useFigures } from './useFigures';
import { usePublished } from './usePublished';

export function FiguresPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const selection = selectionFromParams(params, currentYear);
  const published = usePublished(selection);
  const house = published.published?.houseRegionIds ?? null;
  // The exact view: for an account with regions that may read the dashboard. Until the published
  // answer says which regions are one's own, nothing exact is asked.
  const mayExact = canUse('figures:dashboard', user);
  const exact = mayExact && house !== null && house.length > 0;
  const deciding = mayExact && house === null && !published.error;
  // The province view: chosen, or the only one. While the regions are not known yet, neither (the
  // print button then opens the house report, which decides the same way once it knows).
  const province = !mayExact || (house !== null && house.length === 0) || provinceFromParams(params);
  const figures = useFigures(selection, false, exact && !province);
  const [exporting, setExporting] = useState(false);

  const search = viewParams(selection, province).toString();
  const toReport = useCallback(() => void navigate({ pathname: '/cijfers/jaarrapport', search }), [navigate, search]);
  useRegisterPrint(toReport);
  const ownRegions = figures.reference?.regions.filter((region) => house?.includes(region.id)) ?? [];
  const regionName = province ? t('figures.views.provinceName') : figures.regionName;

  return (
    <>
      <PageHeader
        title={t('figures.title')}
        intro={t('figures.intro')}
        actions={
          <>
            <Button
              variant="outlined"
              startIcon={<FileDownloadOutlined aria-hidden />}
              onClick={() => setExporting(true)}
            >
              {t('figures.exportButton')}
            </Button>
            <Button variant="outlined" startIcon={<PrintOutlined aria-hidden />} onClick={toReport}>
              {t('figures.printButton')}
            </Button>
          </>
        }
      />
      {deciding ? <Skeleton variant="rectangular" height={320} /> : null}
      {exact ? (
        <Tabs
          value={province ? 'provincie' : 'eigen'}
          onChange={(_, value: string) => setParams(viewParams(selection, value === 'provincie'))}
          aria-label={t('figures.views.label')}
          sx={{ mb: 2 }}
        >
          <Tab value="eigen" id="cijfers-tab-eigen" aria-controls="cijfers-weergave" label={t('figures.views.house')} />
          <Tab
            value="provincie"
            id="cijfers-tab-provincie"
            aria-controls="cijfers-weergave"
            label={t('figures.views.province')}
          />
        </Tabs>
      ) : null}
      <Box
        hidden={deciding}
        id="cijfers-weergave"
        {...(exact
          ? { role: 'tabpanel', 'aria-labelledby': province ? 'cijfers-tab-provincie' : 'cijfers-tab-eigen' }
          : {})}
      >
        {figures.reference ? (
          <FigureFilters
            key={search}
            selection={selection}
            regions={province ? [] : ownRegions}
            currentYear={currentYear}
            onChange={(next) => setParams(viewParams(next, province))}
          />
        ) : null}
        {province ? (
          <ProvinceView selection={selection} published={published} />
        ) : (
          <HouseView selection={selection} figures={figures} regionName={regionName} />
        )}
      </Box>
      {exporting ? (
        <FiguresExportDialog
          selection={province ? { ...selection, regionId: null } : selection}
          onClose={() => setExporting(false)}
        />
      ) : null}
    </>
  );
}

type Selection = ReturnType<typeof selectionFromParams>;

function HouseView({
  selection,
  figures,
  regionName,
}: {
  selection: Selection;
  figures: ReturnType<typeof useFigures>;
  regionName: string;
}) {
  const { t } = useTranslation();
  const { dashboard, groups, error, pending } = figures;
  return (
    <>
      {/* The screen shows exact counts: internal use only; what leaves goes through disclosure control. */}
      <Alert severity="warning" sx={{ mb: 2, maxWidth: '90ch' }}>
        {t('figures.notForDistribution')}
      </Alert>
      {error ? <Alert severity="error">{describeError(t, error)}</Alert> : null}
      {pending && !error ? <Skeleton variant="rectangular" height={320} /> : null}
      {dashboard ? (
        <Typography role="status" sx={{ mb: 2, fontWeight: 600 }}>
          {t('figures.shown', {
            period: periodLabel(selection.fromYear, selection.toYear),
            region: regionName,
            count: formatNumber(dashboard.years.reduce((sum, y) => sum + y.signals, 0)),
          })}
        </Typography>
      ) : null}
      {dashboard && dashboard.anonymousSignals > 0 ? (
        <Alert severity="info" sx={{ mb: 2, maxWidth: '90ch' }}>
          {t('figures.anonymousNote', { count: formatNumber(dashboard.anonymousSignals) })}
        </Alert>
      ) : null}
      {groups ? <FigureGroups groups={groups} printed={false} /> : null}
    </>
  );
}

function ProvinceView({ selection, published }: { selection: Selection; published: ReturnType<typeof usePublished> }) {
  const { t } = useTranslation();
  const { tables, error, pending } = published;
  return (
    <>
      <Alert severity="info" sx={{ mb: 2, maxWidth: '90ch' }}>
        {t('figures.views.provinceNote')}
      </Alert>
      {error ? <Alert severity="error">{describeError(t, error)}</Alert> : null}
      {pending && !error ? <Skeleton variant="rectangular" height={320} /> : null}
      {tables ? (
        <>
          <Typography role="status" sx={{ mb: 1, fontWeight: 600 }}>
            {t('figures.views.provinceShown', { period: periodLabel(selection.fromYear, selection.toYear) })}
          </Typography>
          <Typography sx={{ mb: 2, maxWidth: '90ch' }}>{t('common:figures.suppressionNote')}</Typography>
          <PublishedTables tables={tables} printed={false} />
        </>
      ) : null}
    </>
  );
}
