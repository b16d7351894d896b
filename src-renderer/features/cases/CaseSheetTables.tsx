// The plan van aanpak and the monitoring of a casus as printed tables: the same on the casusoverzicht
// and in the inzage of the person concerned.
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../../src-shared/domain/format';
import type { ActionView, MonitoringView } from '../../../src-shared/ipc/cases';
import { SheetTable } from '../../kit/print/SheetParts';
import { listLabel, useReferenceData } from '../lists';

export function PlanSheetTable({ labelledBy, actions }: { labelledBy: string; actions: readonly ActionView[] }) {
  const { t } = useTranslation();
  const reference = useReferenceData().data;
  const label = (list: Parameters<typeof listLabel>[1], code: string | null) => listLabel(reference, list, code);
  return (
    <SheetTable
      labelledBy={labelledBy}
      nowrap={[3]}
      empty={t('cases.plan.empty')}
      columns={[
        t('cases.plan.columns.soort'),
        t('cases.plan.columns.omschrijving'),
        t('cases.plan.columns.actiehouder'),
        t('cases.plan.columns.deadline'),
        t('cases.plan.columns.status'),
      ]}
      rows={actions.map((action) => [
        action.soort === 'interventie'
          ? t('cases.plan.intervention', { type: label('interventie', action.interventietype) })
          : t('cases.plan.soort.actie'),
        action.omschrijving,
        t('cases.plan.holder', { partner: label('partner', action.actiehouderPartner), name: action.actiehouderNaam }),
        formatDate(action.deadline),
        t(`common:actionStatuses.${action.status}`),
      ])}
    />
  );
}

export function MonitoringSheetTable({
  labelledBy,
  moments,
}: {
  labelledBy: string;
  moments: readonly MonitoringView[];
}) {
  const { t } = useTranslation();
  return (
    <SheetTable
      labelledBy={labelledBy}
      nowrap={[0, 1]}
      empty={t('cases.monitoring.empty')}
      columns={[
        t('cases.monitoring.columns.gepland'),
        t('cases.monitoring.columns.uitgevoerd'),
        t('cases.monitoring.columns.bevindingen'),
      ]}
      rows={moments.map((moment) => [
        formatDate(moment.gepland),
        moment.uitgevoerd ? formatDateTime(moment.uitgevoerd) : t('cases.monitoring.notYet'),
        moment.bevindingen,
      ])}
    />
  );
}
