// /overleggen/:id/afdrukken[?partner=code] — the minutes, or one partner's extract (only the items
// it may see: core decides), as an A4 sheet; printed or saved as PDF through the print service,
// with a reason for the audit log.
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import { useBridgeQuery } from '../../kit/bridge';
import { PrintPage } from '../../kit/print/PrintPage';
import { listLabel, useReferenceData } from '../lists';
import { MinutesSheet } from './MinutesSheet';

export function MinutesPrintPage() {
  const { t } = useTranslation();
  const id = Number(useParams()['id']);
  const partner = useSearchParams()[0].get('partner');
  const reference = useReferenceData().data;
  const whole = useBridgeQuery('meetings:get', { id }, { enabled: partner === null });
  const extract = useBridgeQuery('meetings:extract', { id, partner: partner ?? 'x' }, { enabled: partner !== null });
  const meeting = partner === null ? whole : extract;
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
    <PrintPage
      title={title}
      back={{ to: `/overleggen/${id}`, label: t('meetings.minutes.back') }}
      document={partner ? 'notulen-uittreksel' : 'notulen'}
      subject={{ type: 'overleg', id }}
      data={data}
      pending={meeting.isPending}
      error={meeting.error}
    >
      {(loaded) => <MinutesSheet meeting={loaded} partner={partner} />}
    </PrintPage>
  );
}
