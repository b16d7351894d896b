// Contact moments: date, duration, type and a short note. The note is sensitive: it shows only
// here, on the trajectory (whose reading core audits), never in a list. Typed and not added, the
// dialog's fields outlive a lock (kit/heldDraft).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../src-shared/domain/format';
import { CONTACT_TYPES, type ContactType } from '../../../src-shared/domain/mentoring';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { call } from '../../kit/bridge';
import { MinutesField, NoteField } from '../../kit/CheckedFields';
import { FormDialog } from '../../kit/FormDialog';
import { FieldPair } from '../../kit/FormPanel';
import { wholeNumberError } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { trajectoryDraftKey } from './heldDrafts';
import { MomentPart } from './MomentPart';
import { isOpen } from './trajectory';
import { useDuration } from '../../kit/duration';
import { StepDateField, today, useStepDate, useTrajectoryForm } from './TrajectoryForm';
import { SelectField } from '../../kit/SelectField';

const schema = trajectoryChannels['trajectories:add-contact'].input;

export function ContactSection({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  const duration = useDuration();
  return (
    <MomentPart
      id="contact"
      title={t('trajectories.contact.heading', { count: view.contacts.length })}
      addLabel={t('trajectories.contact.add')}
      canAdd={isOpen(view.status)}
      table={{
        label: t('trajectories.contact.table'),
        empty: t('trajectories.contact.empty'),
        columns: ['datum', 'duur', 'type', 'notitie', 'door'].map((c) => t(`trajectories.contact.columns.${c}`)),
        rows: view.contacts.map((c) => ({
          key: c.id,
          cells: [
            formatDate(c.datum),
            duration(c.duurMinuten),
            t(`trajectories.contactTypes.${c.type}`),
            c.notitie || '–',
            c.door ?? '–',
          ],
        })),
      }}
      draftKey={trajectoryDraftKey(view.id, 'contact')}
      dialog={(close) => <ContactDialog view={view} onClose={close} />}
    />
  );
}

/** The dialog's fields as the user sees them (the date and the minutes as typed). */
interface ContactFields {
  datum: string;
  duur: string;
  type: ContactType;
  notitie: string;
}

function ContactDialog({ view, onClose }: { view: TrajectoryView; onClose: () => void }) {
  const { t } = useTranslation();
  // Empty on today, or as typed before a lock and not added then.
  const [start] = useState<ContactFields>(() => ({ datum: today(), duur: '', type: 'ontmoeting', notitie: '' }));
  const draftKey = trajectoryDraftKey(view.id, 'contact');
  const first = useHeldDraft<ContactFields>(draftKey) ?? start;
  const date = useStepDate(first.datum);
  const [duur, setDuur] = useState(first.duur);
  const [type, setType] = useState(first.type);
  const [notitie, setNotitie] = useState(first.notitie);
  useDraftWork(draftKey, changedValues<ContactFields>({ datum: date.text, duur, type, notitie }, start));
  const input = {
    trajectoryId: view.id,
    datum: date.value,
    duurMinuten: duur.trim() === '' ? Number.NaN : Number(duur),
    type,
    notitie,
  };
  const { check, errors, send } = useTrajectoryForm({
    schema,
    input,
    also: { duurMinuten: wholeNumberError(duur) },
    change: (parsed) => call('trajectories:add-contact', parsed),
    done: () => t('trajectories.contact.added'),
    onClose,
  });
  return (
    <FormDialog
      title={t('trajectories.contact.add')}
      submitLabel={t('trajectories.contact.submit')}
      check={check}
      send={send}
      onClose={onClose}
    >
      <FieldPair>
        <StepDateField date={date} errors={errors} />
        <MinutesField
          label={t('trajectories.contact.duur')}
          value={duur}
          onChange={setDuur}
          errors={errors}
          name="duurMinuten"
        />
      </FieldPair>
      <SelectField
        label={t('trajectories.contact.type')}
        value={type}
        onChange={(event) => setType(event.target.value as ContactType)}
        fullWidth
        options={CONTACT_TYPES.map((value) => ({ value, label: t(`trajectories.contactTypes.${value}`) }))}
      />
      <NoteField
        label={t('trajectories.contact.notitie')}
        value={notitie}
        onChange={setNotitie}
        minRows={3}
        errors={errors}
        name="notitie"
        hint={t('trajectories.contact.notitieHint')}
      />
    </FormDialog>
  );
}
