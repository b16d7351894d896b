// Mentorconsultant support: when a consultant supported the mentor in this trajectory, with a note.
// Typed and not added, the dialog's fields outlive a lock (kit/heldDraft).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { ChoiceField, NoteField } from '../../kit/CheckedFields';
import { call, useBridgeQuery } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { trajectoryDraftKey } from './heldDrafts';
import { MomentPart } from './MomentPart';
import { required, StepDateField, today, useStepDate, useTrajectoryForm } from './TrajectoryForm';

const schema = trajectoryChannels['trajectories:add-support'].input;

export function SupportSection({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  return (
    <MomentPart
      id="ondersteuning"
      title={t('trajectories.support.heading', { count: view.support.length })}
      addLabel={t('trajectories.support.add')}
      table={{
        label: t('trajectories.support.table'),
        empty: t('trajectories.support.empty'),
        columns: ['datum', 'consultant', 'notitie', 'door'].map((c) => t(`trajectories.support.columns.${c}`)),
        rows: view.support.map((s) => ({
          key: s.id,
          cells: [formatDate(s.datum), s.consultant.naam, s.notitie || '–', s.door ?? '–'],
        })),
      }}
      draftKey={trajectoryDraftKey(view.id, 'ondersteuning')}
      dialog={(close) => <SupportDialog view={view} onClose={close} />}
    />
  );
}

/** The dialog's fields as the user sees them (the date as typed). */
interface SupportFields {
  datum: string;
  consultantId: number | '';
  notitie: string;
}

function SupportDialog({ view, onClose }: { view: TrajectoryView; onClose: () => void }) {
  const { t } = useTranslation();
  const consultants = useBridgeQuery('mentoring:consultants', {});
  // Empty on today, or as typed before a lock and not added then.
  const [start] = useState<SupportFields>(() => ({ datum: today(), consultantId: '', notitie: '' }));
  const draftKey = trajectoryDraftKey(view.id, 'ondersteuning');
  const first = useHeldDraft<SupportFields>(draftKey) ?? start;
  const date = useStepDate(first.datum);
  const [consultantId, setConsultantId] = useState(first.consultantId);
  const [notitie, setNotitie] = useState(first.notitie);
  useDraftWork(draftKey, changedValues<SupportFields>({ datum: date.text, consultantId, notitie }, start));
  const input = {
    trajectoryId: view.id,
    datum: date.value,
    consultantId: consultantId || 0,
    notitie,
  };
  const { check, errors, send } = useTrajectoryForm({
    schema,
    input,
    also: { consultantId: consultantId === '' && required },
    change: (parsed) => call('trajectories:add-support', parsed),
    done: () => t('trajectories.support.added'),
    onClose,
  });
  return (
    <FormDialog
      title={t('trajectories.support.add')}
      submitLabel={t('trajectories.support.submit')}
      check={check}
      send={send}
      error={consultants.error}
      onClose={onClose}
    >
      <StepDateField date={date} errors={errors} />
      <ChoiceField
        label={t('trajectories.support.consultant')}
        value={consultantId}
        onChange={(value) => setConsultantId(Number(value))}
        required
        errors={errors}
        name="consultantId"
        options={(consultants.data ?? [])
          .filter((c) => c.active)
          .map((c) => ({
            value: c.id,
            label: c.organisatie
              ? t('trajectories.support.consultantOf', { naam: c.naam, organisatie: c.organisatie })
              : c.naam,
          }))}
      />
      <NoteField
        label={t('trajectories.support.notitie')}
        value={notitie}
        onChange={setNotitie}
        minRows={3}
        errors={errors}
        name="notitie"
      />
    </FormDialog>
  );
}
