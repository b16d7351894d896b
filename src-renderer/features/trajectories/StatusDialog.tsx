// A status step of the trajectory (start, pause, resume, back to aangemeld) or its end: the date,
// an explanation and, to end it, the reason and the outcome (both required, as core requires).
import { TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDay, parseDutchDate } from '../../../src-shared/domain/format';
import {
  EIND_REDENEN,
  UITKOMSTEN,
  type EindReden,
  type TrajectoryStatus,
  type Uitkomst,
} from '../../../src-shared/domain/mentoring';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { call } from '../../kit/bridge';
import { DateField } from '../../kit/DateField';
import { FormDialog } from '../../kit/FormDialog';
import { FieldPair } from '../../kit/FormPanel';
import { fieldProps, useFormCheck, validate, type FieldErrors } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useTrajectoryMutation } from './useTrajectoryMutation';
import { SelectField } from '../../kit/SelectField';

const schema = trajectoryChannels['trajectories:set-status'].input;

export function StatusDialog({
  view,
  to,
  onClose,
}: {
  view: TrajectoryView;
  to: TrajectoryStatus;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notice = useNotice();
  const ending = to === 'afgerond';
  const [datum, setDatum] = useState(() => formatDate(isoDay(new Date())));
  const [toelichting, setToelichting] = useState('');
  const [eindReden, setEindReden] = useState<EindReden | ''>('');
  const [uitkomst, setUitkomst] = useState<Uitkomst | ''>('');
  const input = {
    id: view.id,
    to,
    datum: parseDutchDate(datum) ?? datum,
    toelichting,
    eindReden: ending && eindReden ? eindReden : null,
    uitkomst: ending && uitkomst ? uitkomst : null,
  };
  const problems: FieldErrors = validate(schema, input);
  if (ending && !eindReden) problems.eindReden = { key: 'validation.required' };
  if (ending && !uitkomst) problems.uitkomst = { key: 'validation.required' };
  const check = useFormCheck(problems);
  const { errors } = check;
  const title = ending ? t('trajectories.steps.endTitle') : t(`trajectories.steps.${view.status}-${to}`);
  const change = useTrajectoryMutation(
    () => call('trajectories:set-status', schema.parse(input)),
    () => {
      notice.success(t('trajectories.steps.done', { status: t(`common:mentorExport.labels.status.${to}`) }));
      onClose();
    },
  );
  return (
    <FormDialog
      title={title}
      intro={ending ? t('trajectories.steps.endIntro') : undefined}
      submitLabel={ending ? t('trajectories.steps.endSubmit') : t('trajectories.steps.submit')}
      submitColor={ending ? 'error' : 'primary'}
      check={check}
      send={change}
      onClose={onClose}
    >
      <DateField
        label={t('trajectories.fields.datum')}
        value={datum}
        onChange={setDatum}
        required
        {...fieldProps(t, errors, 'datum')}
      />
      {ending ? (
        <FieldPair>
          <SelectField
            label={t('trajectories.fields.eindReden')}
            value={eindReden}
            onChange={(event) => setEindReden(event.target.value as EindReden)}
            required
            fullWidth
            {...fieldProps(t, errors, 'eindReden')}
            options={EIND_REDENEN.map((value) => ({
              value,
              label: t(`common:mentorExport.labels.eindreden.${value}`),
            }))}
          />
          <SelectField
            label={t('trajectories.fields.uitkomst')}
            value={uitkomst}
            onChange={(event) => setUitkomst(event.target.value as Uitkomst)}
            required
            fullWidth
            {...fieldProps(t, errors, 'uitkomst')}
            options={UITKOMSTEN.map((value) => ({ value, label: t(`common:mentorExport.labels.uitkomst.${value}`) }))}
          />
        </FieldPair>
      ) : null}
      <TextField
        label={t('trajectories.fields.toelichting')}
        value={toelichting}
        onChange={(event) => setToelichting(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        {...fieldProps(t, errors, 'toelichting')}
      />
    </FormDialog>
  );
}
