// Trainingen en intervisie: the sessions of a year (date, module, trainer, who attended) and the
// form that records one. Core applies the rule that completing every required module makes a
// mentor inzetbaar; the screen says which attendees it made inzetbaar, and the mentor's profile
// shows the training history.
import { Alert, Button } from '@mui/material';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import type { TrainingView } from '../../../src-shared/ipc/mentoring';
import { useBridgeQuery } from '../../kit/bridge';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { useReopenHeld } from '../../kit/heldDraft';
import { trainingDraftKey } from './heldDrafts';
import { TrainingForm } from './TrainingForm';
import { YearSection } from './YearSection';

export function TrainingsTab() {
  const { t } = useTranslation();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const [editing, setEditing] = useState<TrainingView | null>(null);
  // Who the last saved session made inzetbaar, said until the next session is saved.
  const [made, setMade] = useState<string[] | null>(null);
  const sessions = useBridgeQuery('mentoring:trainings', { year }, { staleTime: 0, placeholderData: keepPreviousData });
  // A session changed and not saved at a lock: its form opens again once the year's list is in.
  useReopenHeld(
    sessions.data,
    (session) => trainingDraftKey(session.id),
    (held) => setEditing((current) => current ?? held),
  );
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
      <YearSection
        id="sessies-kop"
        yearId="trainingen-jaar"
        heading={t('mentoring.trainings.heading', { year })}
        yearLabel={t('mentoring.trainings.year')}
        year={year}
        onYear={setYear}
        rows={sessions.data}
        pending={sessions.isPending}
        error={sessions.error}
        empty={t('mentoring.trainings.empty', { year })}
      >
        {(rows) => (
          <DataTable columns={columns} rows={rows} rowKey={(session) => session.id} labelledBy="sessies-kop" />
        )}
      </YearSection>
    </>
  );
}
