// Assigns a suggested mentor: the date of the match and an optional explanation.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, isoDay, parseDutchDate } from '../../../src-shared/domain/format';
import type { MentorSuggestion } from '../../../src-shared/domain/mentoring';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { CheckedDateField, NoteField } from '../../kit/CheckedFields';
import { call } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { useFormCheck, validate } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useTrajectoryMutation } from './useTrajectoryMutation';

const schema = trajectoryChannels['trajectories:assign'].input;

export function AssignDialog({
  view,
  mentor,
  onClose,
}: {
  view: TrajectoryView;
  mentor: MentorSuggestion;
  onClose: (done: boolean) => void;
}) {
  const { t } = useTranslation();
  const notice = useNotice();
  const [datum, setDatum] = useState(() => formatDate(isoDay(new Date())));
  const [toelichting, setToelichting] = useState('');
  const input = { id: view.id, mentorId: mentor.id, datum: parseDutchDate(datum) ?? datum, toelichting };
  const check = useFormCheck(validate(schema, input));
  const { errors } = check;
  const assign = useTrajectoryMutation(
    () => call('trajectories:assign', schema.parse(input)),
    () => {
      notice.success(t('trajectories.match.done', { naam: mentor.naam }));
      onClose(true);
    },
  );
  return (
    <FormDialog
      title={t('trajectories.match.dialogTitle', { naam: mentor.naam })}
      intro={t('trajectories.match.dialogIntro')}
      submitLabel={t('trajectories.match.assign')}
      check={check}
      send={assign}
      onClose={() => onClose(false)}
    >
      <CheckedDateField
        label={t('trajectories.match.datum')}
        value={datum}
        onChange={setDatum}
        errors={errors}
        name="datum"
      />
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
