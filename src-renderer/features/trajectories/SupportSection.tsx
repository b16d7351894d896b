// Mentorconsultant support: when a consultant supported the mentor in this trajectory, with a note.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { ChoiceField, NoteField } from '../../kit/CheckedFields';
import { call, useBridgeQuery } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { MomentPart } from './MomentPart';
import { required, StepDateField, useStepDate, useTrajectoryForm } from './TrajectoryForm';

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
      dialog={(close) => <SupportDialog view={view} onClose={close} />}
    />
  );
}

function SupportDialog({ view, onClose }: { view: TrajectoryView; onClose: () => void }) {
  const { t } = useTranslation();
  const consultants = useBridgeQuery('mentoring:consultants', {});
  const date = useStepDate();
  const [consultantId, setConsultantId] = useState<number | ''>('');
  const [notitie, setNotitie] = useState('');
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
