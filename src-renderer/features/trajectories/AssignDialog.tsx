// Assigns a suggested mentor: the date of the match and an optional explanation. Typed and not
// saved, the fields outlive a lock with the mentor they were for (kit/heldDraft; MatchSection
// opens the dialog again).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MentorSuggestion } from '../../../src-shared/domain/mentoring';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { NoteField } from '../../kit/CheckedFields';
import { call } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { trajectoryDraftKey } from './heldDrafts';
import { StepDateField, today, useStepDate, useTrajectoryForm } from './TrajectoryForm';

const schema = trajectoryChannels['trajectories:assign'].input;

/** The dialog's fields as the user sees them (the date as typed), with the mentor they are for. */
interface AssignFields {
  mentor: MentorSuggestion;
  datum: string;
  toelichting: string;
}

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
  // Empty on today, or as typed before a lock and not saved then (the page reopens this mentor).
  const [start] = useState<AssignFields>(() => ({ mentor, datum: today(), toelichting: '' }));
  const draftKey = trajectoryDraftKey(view.id, 'koppelen');
  const first = useHeldDraft<AssignFields>(draftKey) ?? start;
  const date = useStepDate(first.datum);
  const [toelichting, setToelichting] = useState(first.toelichting);
  useDraftWork(draftKey, changedValues<AssignFields>({ mentor, datum: date.text, toelichting }, start));
  const { check, errors, send } = useTrajectoryForm({
    schema,
    input: { id: view.id, mentorId: mentor.id, datum: date.value, toelichting },
    change: (parsed) => call('trajectories:assign', parsed),
    done: () => t('trajectories.match.done', { naam: mentor.naam }),
    onClose: () => onClose(true),
  });
  return (
    <FormDialog
      title={t('trajectories.match.dialogTitle', { naam: mentor.naam })}
      intro={t('trajectories.match.dialogIntro')}
      submitLabel={t('trajectories.match.assign')}
      check={check}
      send={send}
      onClose={() => onClose(false)}
    >
      <StepDateField date={date} errors={errors} label={t('trajectories.match.datum')} />
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
