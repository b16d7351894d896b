// The content of the printed casusoverzicht: the marking, who printed it and when, the person, the
// casus and its partners, the plan van aanpak, monitoring, signals with their wegingen, and the
// timeline. Plain tables that break well over A4 pages.
import { Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import type { CaseDossier } from '../../../src-shared/ipc/cases';
import { listLabel, useReferenceData } from '../lists';
import { PersonFacts } from '../persons';
import { useSession } from '../../kit/session';
import { formatMoment, timelineTitle } from './labels';
import { ConfidentialMark, FactList, SheetSection, SheetTable } from '../../kit/print/SheetParts';
import { MonitoringSheetTable, PlanSheetTable } from './CaseSheetTables';

export function CaseOverviewSheet({ dossier }: { dossier: CaseDossier }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const reference = useReferenceData().data;
  const [madeAt] = useState(() => new Date());
  const label = (list: Parameters<typeof listLabel>[1], code: string | null) => listLabel(reference, list, code);
  const caseFacts: [string, string][] = [
    [t('cases.print.number'), dossier.number],
    [t('cases.print.state'), t(`common:caseStates.${dossier.state}`)],
    [t('cases.print.outcome'), dossier.outcome ? t(`common:caseOutcomes.${dossier.outcome}`) : '—'],
    [t('cases.print.region'), dossier.region],
    [t('cases.print.regisseur'), dossier.procesregisseur?.displayName ?? '—'],
    [t('cases.print.opened'), formatDate(dossier.openedAt)],
    [t('cases.print.closed'), dossier.closedAt ? formatDate(dossier.closedAt) : '—'],
    [t('cases.print.afgeschermd'), dossier.afgeschermd ? t('cases.print.yes') : t('cases.print.no')],
    [t('cases.print.partners'), dossier.partners.map((code) => label('partner', code)).join(', ') || '—'],
  ];
  return (
    <>
      <ConfidentialMark />
      <Typography variant="body2" sx={{ mb: 2 }}>
        {t('cases.print.made', { at: formatDateTime(madeAt), name: user?.displayName ?? '' })}
      </Typography>
      <SheetSection id="print-persoon" title={t('cases.print.person', { name: dossier.person.naam })}>
        <PersonFacts person={dossier.person} onSheet />
      </SheetSection>
      <SheetSection id="print-casus" title={t('cases.print.case')}>
        <FactList facts={caseFacts} />
      </SheetSection>
      <SheetSection id="print-plan" title={t('cases.plan.heading')}>
        <PlanSheetTable labelledBy="print-plan" actions={dossier.actions} />
      </SheetSection>
      <SheetSection id="print-monitoring" title={t('cases.monitoring.heading')}>
        <MonitoringSheetTable labelledBy="print-monitoring" moments={dossier.monitoring} />
      </SheetSection>
      <SheetSection id="print-signalen" title={t('cases.print.signals')}>
        <SheetTable
          labelledBy="print-signalen"
          nowrap={[0]}
          empty={t('cases.print.noSignals')}
          columns={[
            t('cases.print.received'),
            t('cases.signal.melder'),
            t('cases.signal.ideologie'),
            t('cases.signal.ernst'),
            t('cases.print.weging'),
          ]}
          rows={dossier.signals.map((signal) => [
            formatDate(signal.ontvangen),
            label('partner', signal.melderPartner),
            label('ideologie', signal.ideologie),
            label('ernst', signal.ernst),
            signal.wegingen.length
              ? signal.wegingen
                  .map((weging) =>
                    t('cases.weging.summary', {
                      besluit: label('besluit', weging.besluit),
                      date: formatDate(weging.datum),
                    }),
                  )
                  .join('; ')
              : t(`cases.signalStatus.${signal.status}`),
          ])}
        />
      </SheetSection>
      <SheetSection id="print-tijdlijn" title={t('cases.timeline.heading')}>
        <SheetTable
          labelledBy="print-tijdlijn"
          nowrap={[0]}
          empty=""
          columns={[t('cases.print.when'), t('cases.print.what'), t('cases.print.who'), t('cases.print.text')]}
          rows={dossier.timeline.map((item) => [
            formatMoment(item.at),
            timelineTitle(t, reference, item),
            item.door ?? '',
            item.text,
          ])}
        />
      </SheetSection>
    </>
  );
}
