// Monitoring: the periodic review of the plan. Plan a date; when the moment has come, record the
// findings (which may lead to op- or afschalen through "Status wijzigen").
import { Box, Button, Paper, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestedMonitoringDay } from '../../../src-shared/domain/casus';
import { formatDate, formatDateTime, parseDutchDate } from '../../../src-shared/domain/format';
import type { CaseDossier, MonitoringView } from '../../../src-shared/ipc/cases';
import { call } from '../../kit/bridge';
import { DataTable } from '../../kit/DataTable';
import { DateField } from '../../kit/DateField';
import { fieldProps, FormAlert, useFormCheck } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useCaseEditing, useDossierMutation } from './editing';
import { FindingsForm } from './FindingsForm';
import { heldFindings } from './heldDrafts';

export function MonitoringTab({ dossier }: { dossier: CaseDossier }) {
  const { t } = useTranslation();
  const { mayEdit, canEdit } = useCaseEditing(dossier);
  // After an unlock the findings typed and not recorded at the lock are open again, with the text.
  const [recording, setRecording] = useState<MonitoringView | null>(() => heldFindings(dossier));
  return (
    <Paper variant="outlined" component="section" aria-labelledby="monitoring-kop" sx={{ p: 2 }}>
      <Typography variant="h2" id="monitoring-kop" sx={{ mb: 1 }}>
        {t('cases.monitoring.heading')}
      </Typography>
      {dossier.monitoring.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {t('cases.monitoring.empty')}
        </Typography>
      ) : (
        <DataTable
          labelledBy="monitoring-kop"
          sx={{ mb: 2 }}
          rows={dossier.monitoring}
          rowKey={(moment) => moment.id}
          columns={[
            {
              key: 'gepland',
              header: t('cases.monitoring.columns.gepland'),
              nowrap: true,
              cell: (moment) => formatDate(moment.gepland),
            },
            {
              key: 'uitgevoerd',
              header: t('cases.monitoring.columns.uitgevoerd'),
              nowrap: true,
              cell: (moment) => (moment.uitgevoerd ? formatDateTime(moment.uitgevoerd) : t('cases.monitoring.notYet')),
            },
            {
              key: 'bevindingen',
              header: t('cases.monitoring.columns.bevindingen'),
              style: { whiteSpace: 'pre-wrap' },
              cell: (moment) =>
                moment.uitgevoerd ? (
                  moment.bevindingen
                ) : mayEdit ? (
                  <Button size="small" variant="outlined" onClick={() => setRecording(moment)} disabled={!canEdit}>
                    {t('cases.monitoring.record', { date: formatDate(moment.gepland) })}
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      {recording ? <FindingsForm caseId={dossier.id} moment={recording} onClose={() => setRecording(null)} /> : null}
      {mayEdit ? <PlanForm caseId={dossier.id} disabled={!canEdit} /> : null}
    </Paper>
  );
}

function PlanForm({ caseId, disabled }: { caseId: number; disabled: boolean }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [datum, setDatum] = useState(() => formatDate(suggestedMonitoringDay(new Date())));
  const gepland = parseDutchDate(datum);
  const { errors, form, passes, refused } = useFormCheck(gepland ? {} : { gepland: { key: 'validation.date' } });
  const plan = useDossierMutation(
    caseId,
    (day: string) => call('cases:plan-monitoring', { id: caseId, gepland: day }),
    () => notice.success(t('cases.monitoring.planned', { date: datum })),
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    plan.reset();
    if (passes() && gepland) plan.mutate(gepland, { onError: refused });
  };
  return (
    <Box component="form" onSubmit={submit} noValidate ref={form} aria-labelledby="monitoring-plannen">
      <Typography variant="h3" id="monitoring-plannen" sx={{ mb: 1 }}>
        {t('cases.monitoring.planHeading')}
      </Typography>
      <FormAlert error={plan.error} />
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <DateField
          label={t('cases.monitoring.date')}
          value={datum}
          onChange={setDatum}
          size="small"
          disabled={disabled}
          sx={{ width: 220 }}
          {...fieldProps(t, errors, 'gepland')}
        />
        <Button type="submit" variant="outlined" disabled={disabled} loading={plan.isPending} loadingPosition="start">
          {t('cases.monitoring.plan')}
        </Button>
      </Box>
    </Box>
  );
}
