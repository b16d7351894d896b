// Cijfers: the trends the steering group watches (new signals, age at signal, ideology, severity,
// outcomes, municipalities and regions) for a period and region, every chart with its table.
// Exports and the printed year report leave the workstation with small counts suppressed.
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Button, Skeleton, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { describeError } from '../../kit/bridge';
import { useRegisterPrint } from '../../kit/commands';
import { PageHeader } from '../../kit/PageHeader';
import { FigureFilters } from './FigureFilters';
import { FigureGroups } from './FigureGroups';
import { periodLabel } from './figureModels';
import { FiguresExportDialog } from './FiguresExportDialog';
import { paramsFromSelection, selectionFromParams } from './filter';
import { formatNumber } from './numbers';
import { useFigures } from './useFigures';

export function FiguresPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const selection = selectionFromParams(params, currentYear);
  const { dashboard, reference, groups, regionName, error, pending } = useFigures(selection, false);
  const [exporting, setExporting] = useState(false);

  const search = paramsFromSelection(selection).toString();
  const toReport = useCallback(() => void navigate({ pathname: '/cijfers/jaarrapport', search }), [navigate, search]);
  useRegisterPrint(toReport);

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
      {reference ? (
        <FigureFilters
          key={search}
          selection={selection}
          regions={reference.regions}
          currentYear={currentYear}
          onChange={(next) => setParams(paramsFromSelection(next))}
        />
      ) : null}
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
      {exporting ? <FiguresExportDialog selection={selection} onClose={() => setExporting(false)} /> : null}
    </>
  );
}
