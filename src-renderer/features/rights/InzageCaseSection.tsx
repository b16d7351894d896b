// One casus in the inzage: its facts, signals, wegingen, plan, monitoring, notes and status
// history, as plain tables.
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import type { InzageCase } from '../../../src-shared/ipc/rights';
import { FactList, SheetSection, SheetTable } from '../../kit/print/SheetParts';
import { MonitoringSheetTable, PlanSheetTable } from '../cases';
import { listLabel, useReferenceData } from '../lists';

export function InzageCaseSection({ casus }: { casus: InzageCase }) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const label = (list: Parameters<typeof listLabel>[1], code: string | null) => listLabel(reference, list, code);
  const id = `inzage-${casus.number}`;
  const facts: [string, string][] = [
    [t('cases.print.state'), t(`common:caseStates.${casus.state}`)],
    [t('cases.print.outcome'), casus.outcome ? t(`common:caseOutcomes.${casus.outcome}`) : '—'],
    [t('cases.print.region'), casus.region],
    [t('cases.print.opened'), formatDate(casus.openedAt)],
    [t('cases.print.closed'), casus.closedAt ? formatDate(casus.closedAt) : '—'],
    [t('rights.retention'), casus.retentionUntil ? formatDate(casus.retentionUntil) : t('rights.retentionOpen')],
    [t('cases.print.partners'), casus.partners.map((code) => label('partner', code)).join(', ') || '—'],
  ];
  const wegingen = casus.signals.flatMap((signal) =>
    signal.wegingen.map((weging) => [
      formatDate(weging.datum),
      label('besluit', weging.besluit),
      weging.motivering,
      weging.deelnemers.map((code) => label('partner', code)).join(', '),
      weging.door,
    ]),
  );
  return (
    <SheetSection id={id} title={t('rights.case', { number: casus.number })}>
      <FactList facts={facts} />
      <SheetSection id={`${id}-signalen`} level={3} title={t('cases.tabs.signalen')}>
        <SheetTable
          labelledBy={`${id}-signalen`}
          nowrap={[0]}
          empty={t('cases.print.noSignals')}
          columns={[
            t('cases.print.received'),
            t('cases.signal.melder'),
            t('cases.signal.ideologie'),
            t('cases.signal.ernst'),
            t('cases.signal.bron'),
            t('rights.columns.description'),
          ]}
          rows={casus.signals.map((signal) => [
            formatDate(signal.ontvangen),
            [label('partner', signal.melderPartner), signal.melderContact].filter(Boolean).join(' — '),
            label('ideologie', signal.ideologie),
            label('ernst', signal.ernst),
            label('bron', signal.bron),
            signal.omschrijving,
          ])}
        />
      </SheetSection>
      <SheetSection id={`${id}-wegingen`} level={3} title={t('rights.wegingen')}>
        <SheetTable
          labelledBy={`${id}-wegingen`}
          nowrap={[0]}
          empty={t('rights.noWegingen')}
          columns={[
            t('cases.weging.datum'),
            t('cases.weging.besluit'),
            t('cases.weging.motivering'),
            t('cases.weging.deelnemers'),
            t('rights.columns.door'),
          ]}
          rows={wegingen}
        />
      </SheetSection>
      <SheetSection id={`${id}-plan`} level={3} title={t('cases.plan.heading')}>
        <PlanSheetTable labelledBy={`${id}-plan`} actions={casus.actions} />
      </SheetSection>
      <SheetSection id={`${id}-monitoring`} level={3} title={t('cases.monitoring.heading')}>
        <MonitoringSheetTable labelledBy={`${id}-monitoring`} moments={casus.monitoring} />
      </SheetSection>
      <SheetSection id={`${id}-notities`} level={3} title={t('cases.notes.heading')}>
        <SheetTable
          labelledBy={`${id}-notities`}
          nowrap={[0]}
          empty={t('cases.notes.empty')}
          columns={[t('rights.columns.at'), t('rights.columns.door'), t('rights.columns.note')]}
          rows={casus.notes.map((note) => [formatDateTime(note.at), note.door ?? '', note.tekst])}
        />
      </SheetSection>
      <SheetSection id={`${id}-status`} level={3} title={t('rights.history')}>
        <SheetTable
          labelledBy={`${id}-status`}
          nowrap={[0]}
          empty=""
          columns={[
            t('rights.columns.at'),
            t('rights.columns.door'),
            t('rights.columns.change'),
            t('rights.columns.toelichting'),
          ]}
          rows={casus.transitions.map((transition) => [
            formatDateTime(transition.at),
            transition.door ?? '',
            transition.from
              ? t('rights.transition', {
                  from: t(`common:caseStates.${transition.from}`),
                  to: t(`common:caseStates.${transition.to}`),
                })
              : t(`common:caseStates.${transition.to}`),
            transition.toelichting,
          ])}
        />
      </SheetSection>
    </SheetSection>
  );
}
