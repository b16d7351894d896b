// /overleggen/:id/afdrukken[?partner=code] — the minutes, or one partner's extract (only the items
// it may see: core decides), as an A4 sheet; printed or saved as PDF through the print service,
// with a reason for the audit log.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Button, Skeleton } from '@mui/material';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { PrintDialog } from '../../kit/print/PrintDialog';
import { PrintView } from '../../kit/print/PrintView';
import { listLabel, useReferenceData } from '../lists';
import { MinutesSheet } from './MinutesSheet';

export function MinutesPrintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams()['id']);
  const partner = useSearchParams()[0].get('partner');
  const reference = useReferenceData().data;
  const whole = useBridgeQuery('meetings:get', { id }, { enabled: partner === null });
  const extract = useBridgeQuery('meetings:extract', { id, partner: partner ?? 'x' }, { enabled: partner !== null });
  const meeting = partner === null ? whole : extract;
  const [printing, setPrinting] = useState(false);
  const openDialog = useCallback(() => setPrinting(true), [setPrinting]);
  const data = meeting.data;
  const datum = data ? formatDate(data.datum) : '';
  const title = partner
    ? t('meetings.print.extractTitle', {
        title: data?.title ?? '',
        datum,
        partner: listLabel(reference, 'partner', partner),
      })
    : t('meetings.print.title', { title: data?.title ?? '', datum });
  return (
    <PrintView
      title={title}
      onPrint={openDialog}
      actions={
        <>
          <Button
            startIcon={<ArrowBackOutlined aria-hidden />}
            sx={{ mr: 'auto' }}
            onClick={() => void navigate(`/overleggen/${id}`)}
          >
            {t('meetings.minutes.back')}
          </Button>
          <Button variant="contained" startIcon={<PrintOutlined aria-hidden />} onClick={openDialog} disabled={!data}>
            {t('printView.printWithReason')}
          </Button>
        </>
      }
    >
      {meeting.isPending ? <Skeleton variant="rectangular" height={320} /> : null}
      {meeting.isError ? <Alert severity="error">{describeError(t, meeting.error)}</Alert> : null}
      {data ? <MinutesSheet meeting={data} partner={partner} /> : null}
      <PrintDialog
        open={printing}
        onClose={() => setPrinting(false)}
        document={partner ? 'notulen-uittreksel' : 'notulen'}
        title={title}
        subject={{ type: 'overleg', id }}
      />
    </PrintView>
  );
}
