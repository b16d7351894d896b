// The mentorconsultants: the professionals who support the mentors. A consultant is added by
// name and organisation; one who leaves is set inactive (kept for the history), never deleted. A
// new one typed and not added outlives a lock (kit/heldDraft).
import { Alert, Button, Paper, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mentoringChannels, type ConsultantView } from '../../../src-shared/ipc/mentoring';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { fieldProps, FormAlert, useFormCheck, validate } from '../../kit/forms';
import { InlineForm } from '../../kit/FormPanel';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { DataTable, type DataColumn } from '../../kit/DataTable';
import { CONSULTANT_DRAFT_KEY } from './heldDrafts';
import { useMentorMutation } from './hooks';

const consultantInput = mentoringChannels['mentoring:save-consultant'].input;

export function ConsultantsSection() {
  const { t } = useTranslation();
  const notice = useNotice();
  const consultants = useBridgeQuery('mentoring:consultants', {});
  const toggle = useMentorMutation(
    (c: ConsultantView) =>
      call('mentoring:save-consultant', {
        id: c.id,
        naam: c.naam,
        organisatie: c.organisatie,
        accountId: c.accountId,
        active: !c.active,
      }),
    (saved) =>
      notice.success(
        t(saved.active ? 'mentoring.consultants.activated' : 'mentoring.consultants.deactivated', { naam: saved.naam }),
      ),
  );
  const header = (column: string) => t(`mentoring.consultants.columns.${column}`);
  const columns: DataColumn<ConsultantView>[] = [
    { key: 'naam', header: header('naam'), cell: (consultant) => consultant.naam, rowHeader: true },
    {
      key: 'organisatie',
      header: header('organisatie'),
      cell: (consultant) => consultant.organisatie || '—',
      priority: 2,
    },
    {
      key: 'actief',
      header: header('actief'),
      cell: (consultant) => t(consultant.active ? 'mentoring.consultants.active' : 'mentoring.consultants.inactive'),
    },
    {
      key: 'wijzigen',
      header: header('wijzigen'),
      cell: (consultant) => (
        <Button size="small" onClick={() => toggle.mutate(consultant)} disabled={toggle.isPending}>
          {t(consultant.active ? 'mentoring.consultants.deactivate' : 'mentoring.consultants.activate', {
            naam: consultant.naam,
          })}
        </Button>
      ),
    },
  ];
  return (
    <Paper variant="outlined" component="section" aria-labelledby="consultants-kop" sx={{ p: 2 }}>
      <Typography variant="h2" id="consultants-kop" sx={{ mb: 1 }}>
        {t('mentoring.consultants.heading')}
      </Typography>
      {consultants.isError ? <Alert severity="error">{describeError(t, consultants.error)}</Alert> : null}
      <FormAlert error={toggle.error} />
      {consultants.data && consultants.data.length > 0 ? (
        <DataTable
          columns={columns}
          rows={consultants.data}
          rowKey={(consultant) => consultant.id}
          labelledBy="consultants-kop"
          sx={{ mb: 2 }}
        />
      ) : null}
      <NewConsultant />
    </Paper>
  );
}

function NewConsultant() {
  const { t } = useTranslation();
  const notice = useNotice();
  // Empty, or as typed before a lock and not added then.
  const held = useHeldDraft<{ naam: string; organisatie: string }>(CONSULTANT_DRAFT_KEY);
  const [naam, setNaam] = useState(held?.naam ?? '');
  const [organisatie, setOrganisatie] = useState(held?.organisatie ?? '');
  useDraftWork(CONSULTANT_DRAFT_KEY, changedValues({ naam, organisatie }, { naam: '', organisatie: '' }));
  const input = { naam, organisatie, accountId: null, active: true };
  const check = useFormCheck(validate(consultantInput, input));
  const { errors } = check;
  const save = useMentorMutation(
    () => call('mentoring:save-consultant', input),
    (saved) => {
      notice.success(t('mentoring.consultants.added', { naam: saved.naam }));
      setNaam('');
      setOrganisatie('');
      check.reset();
    },
  );
  return (
    <InlineForm
      heading={t('mentoring.consultants.newHeading')}
      submitLabel={t('mentoring.consultants.add')}
      check={check}
      send={save}
    >
      <TextField
        label={t('mentoring.consultants.naam')}
        value={naam}
        onChange={(event) => setNaam(event.target.value)}
        required
        {...fieldProps(t, errors, 'naam')}
      />
      <TextField
        label={t('mentoring.consultants.organisatie')}
        value={organisatie}
        onChange={(event) => setOrganisatie(event.target.value)}
        {...fieldProps(t, errors, 'organisatie')}
      />
    </InlineForm>
  );
}
