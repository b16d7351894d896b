// A status step of the trajectory (start, pause, resume, back to aangemeld) or its end: the date,
// an explanation and, to end it, the reason and the outcome (both required, as core requires).
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
import { CheckedDateField, ChoiceField, NoteField } from '../../kit/CheckedFields';
import { call } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { FieldPair } from '../../kit/FormPanel';
import { useFormCheck, validate, type FieldErrors } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useTrajectoryMutation } from './useTrajectoryMutation';

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
      <CheckedDateField
        label={t('trajectories.fields.datum')}
        value={datum}
        onChange={setDatum}
        errors={errors}
        name="datum"
      />
      {ending ? (
        <FieldPair>
          <ChoiceField
            label={t('trajectories.fields.eindReden')}
            value={eindReden}
            onChange={(value) => setEindReden(value as EindReden)}
            required
            errors={errors}
            name="eindReden"
            options={EIND_REDENEN.map((value) => ({
              value,
              label: t(`common:mentorExport.labels.eindreden.${value}`),
            }))}
          />
          <ChoiceField
            label={t('trajectories.fields.uitkomst')}
            value={uitkomst}
            onChange={(value) => setUitkomst(value as Uitkomst)}
            required
            errors={errors}
            name="uitkomst"
            options={UITKOMSTEN.map((value) => ({ value, label: t(`common:mentorExport.labels.uitkomst.${value}`) }))}
          />
        </FieldPair>
      ) : null}
      <NoteField
        label={t('trajectories.fields.toelichting')}
        value={toelichting}
        onChange={setToelichting}
        errors={errors}
        name="toelichting"
      />
    </FormDialog>
  );
}
