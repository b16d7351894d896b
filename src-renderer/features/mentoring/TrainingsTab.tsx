// Trainingen en intervisie: the sessions of a year (date, module, trainer, who attended) and the
// form that records one. Core applies the rule that completing every required module makes a
// mentor inzetbaar; the screen says which attendees it made inzetbaar, and the mentor's profile
// shows the training history.
import { Alert, Box, Button, Paper, Skeleton, TextField, Typography } from '@mui/material';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { TrainingView } from '../../../src-shared/ipc/mentoring';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { yearOptions } from './model';
import { TrainingForm } from './TrainingForm';

export function TrainingsTab() {
  const { t } = useTranslation();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const [editing, setEditing] = useState<TrainingView | null>(null);
  // Who the last saved session made inzetbaar, said until the next session is saved.
  const [made, setMade] = useState<string[] | null>(null);
  const sessions = useBridgeQuery('mentoring:trainings', { year }, { staleTime: 0, placeholderData: keepPreviousData });
  const settings = useBridgeQuery('mentoring:settings', {});
  const moduleLabel = (code: string) => settings.data?.modules.find((m) => m.code === code)?.label ?? code;
  const required = (settings.data?.modules ?? []).filter((m) => m.required && m.active);
  const header = (column: string) => t(`mentoring.trainings.columns.${column}`);
  const columns: DataColumn<TrainingView>[] = [
    { key: 'datum', header: header('datum'), cell: (session) => formatDate(session.datum), nowrap: true },
    { key: 'soort', header: header('soort'), cell: (session) => t(`mentoring.kinds.${session.soort}`), priority: 2 },
    { key: 'module', header: header('module'), cell: (session) => moduleLabel(session.module) },
    { key: 'trainer', header: header('trainer'), cell: (session) => session.trainer || '—', priority: 3 },
    {
      key: 'aanwezig',
      header: header('aanwezig'),
      cell: (session) => (session.attendees.length === 0 ? '—' : session.attendees.map((a) => a.naam).join(', ')),
      priority: 2,
    },
    {
      key: 'wijzigen',
      header: header('wijzigen'),
      cell: (session) => (
        <Button
          size="small"
          onClick={() => setEditing(session)}
          aria-label={t('mentoring.trainings.edit', { date: formatDate(session.datum) })}
        >
          {t('mentoring.change')}
        </Button>
      ),
    },
  ];

  return (
    <>
      {settings.data ? (
        <Alert severity="info" sx={{ mb: 2, maxWidth: '90ch' }}>
          {t('mentoring.trainings.rule', { modules: required.map((m) => m.label).join(', ') })}
        </Alert>
      ) : null}
      {made && made.length > 0 ? (
        <Alert severity="success" sx={{ mb: 2, maxWidth: '90ch' }}>
          {t('mentoring.trainings.madeInzetbaar', { count: made.length, names: made.join(', ') })}
        </Alert>
      ) : null}
      <TrainingForm
        key={editing?.id ?? 'nieuw'}
        session={editing}
        onSaved={(names) => {
          setMade(names);
          setEditing(null);
        }}
        onCancel={() => setEditing(null)}
      />
      <Paper variant="outlined" component="section" aria-labelledby="sessies-kop" sx={{ p: 2 }}>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap', mb: 1 }}>
          <Typography variant="h2" id="sessies-kop" sx={{ flex: 1 }}>
            {t('mentoring.trainings.heading', { year })}
          </Typography>
          <TextField
            select
            id="trainingen-jaar"
            label={t('mentoring.trainings.year')}
            value={year}
            onChange={(event) => setYear(Number(event.target.value))}
            slotProps={{ select: { native: true } }}
            size="small"
            sx={{ width: 140 }}
          >
            {yearOptions(currentYear).map((option) => (
              <option key={option} value={option}>
                {option}
              </option>
            ))}
          </TextField>
        </Box>
        {sessions.isError ? <Alert severity="error">{describeError(t, sessions.error)}</Alert> : null}
        {sessions.isPending ? <Skeleton variant="rectangular" height={160} /> : null}
        {sessions.data && sessions.data.length === 0 ? (
          <Typography color="text.secondary">{t('mentoring.trainings.empty', { year })}</Typography>
        ) : null}
        {sessions.data && sessions.data.length > 0 ? (
          <DataTable columns={columns} rows={sessions.data} rowKey={(session) => session.id} labelledBy="sessies-kop" />
        ) : null}
      </Paper>
    </>
  );
}
