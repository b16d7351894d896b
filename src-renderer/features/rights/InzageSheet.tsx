// The content of the inzage: the person (with corrections and any restriction), every casus, every
// disclosure (exports, prints) and every recorded view of the person or their cases.
import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import type { InzageEvent, InzageReport } from '../../../src-shared/ipc/rights';
import { ConfidentialMark, SheetSection, SheetTable } from '../../kit/print/SheetParts';
import { actionLabel } from '../audit';
import { CorrectionHistory, PersonFacts } from '../persons';
import { InzageCaseSection } from './InzageCaseSection';
import { groupViews } from './views';

export function InzageSheet({ report }: { report: InzageReport }) {
  const { t, i18n } = useTranslation();
  const exists = (key: string) => i18n.exists(key);
  const events = (list: InzageEvent[], withReason: boolean) =>
    list.map((event) => [
      formatDateTime(event.at),
      event.door ?? t('rights.unknownActor'),
      actionLabel(t, exists, event.action),
      ...(withReason ? [event.reason ?? '', event.legalGround ?? ''] : []),
    ]);
  const { person } = report;
  return (
    <>
      <ConfidentialMark />
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {t('rights.generated', { at: formatDateTime(report.generatedAt) })}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {report.excludeThirdParties ? t('rights.withoutThirdParties') : t('rights.withThirdParties')}
      </Typography>
      <SheetSection id="inzage-persoon" title={t('rights.person', { name: person.naam })}>
        <PersonFacts person={person} fullBsn onSheet />
        {person.notities ? (
          <Typography variant="body2" sx={{ mt: 1, whiteSpace: 'pre-wrap' }}>
            {t('rights.notes', { text: person.notities })}
          </Typography>
        ) : null}
        <Typography variant="body2" sx={{ mt: 1 }}>
          {person.restricted
            ? t('rights.restricted', {
                date: person.restrictedAt ? formatDate(person.restrictedAt) : '',
                reason: person.restrictedReason,
              })
            : t('rights.notRestricted')}
        </Typography>
        <CorrectionHistory corrections={person.corrections} />
      </SheetSection>
      {report.cases.map((casus) => (
        <InzageCaseSection key={casus.number} casus={casus} />
      ))}
      <SheetSection id="inzage-verstrekkingen" title={t('rights.disclosures')}>
        <SheetTable
          labelledBy="inzage-verstrekkingen"
          nowrap={[0]}
          empty={t('rights.noDisclosures')}
          columns={[
            t('rights.columns.at'),
            t('rights.columns.door'),
            t('rights.columns.action'),
            t('rights.columns.reason'),
            t('rights.columns.ground'),
          ]}
          rows={events(report.disclosures, true)}
        />
      </SheetSection>
      <SheetSection id="inzage-inzagen" title={t('rights.views')}>
        <SheetTable
          labelledBy="inzage-inzagen"
          nowrap={[0]}
          empty={t('rights.noViews')}
          columns={[
            t('rights.columns.at'),
            t('rights.columns.door'),
            t('rights.columns.action'),
            t('rights.columns.times'),
          ]}
          rows={groupViews(report.views).map((group) => [
            group.count === 1
              ? formatDateTime(group.first)
              : t('rights.viewSpan', {
                  from: formatDateTime(group.first),
                  to: formatDateTime(group.last).split(' ')[1],
                }),
            group.door ?? t('rights.unknownActor'),
            actionLabel(t, exists, group.action),
            t('rights.viewCount', { count: group.count }),
          ])}
        />
      </SheetSection>
    </>
  );
}
