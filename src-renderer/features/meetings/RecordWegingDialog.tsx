// A besluit in the minutes recorded as the weging of the item's signal: the decision (besluit
// list) and its motivering; core updates the signal and the casus. The minutes are saved first,
// so core knows the besluit row. Chosen and typed and not recorded, the fields outlive a lock
// (kit/heldDraft; the minutes open the dialog again, heldDrafts.ts).
import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, TextField } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItemView, Minutes } from '../../../src-shared/ipc/meetings';
import { call } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { fieldProps, useFormCheck, type FieldErrors } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { choices, listLabel, useReferenceData } from '../lists';
import { wegingDraftKey } from './heldDrafts';

interface Props {
  item: AgendaItemView;
  /** The besluit row the weging is recorded from (the key its unsaved fields are held under). */
  besluitId: string;
  besluit: Minutes['besluiten'][number] | null;
  flush: () => Promise<void>;
  onRecorded: (item: AgendaItemView) => void;
  onClose: () => void;
}

/** The dialog's fields: the besluit list's code and the motivering. */
interface WegingFields {
  code: string;
  motivering: string;
}

export function RecordWegingDialog({ item, besluitId, besluit, flush, onRecorded, onClose }: Props) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const reference = useReferenceData().data;
  // No choice yet and the besluit's text as the motivering, or as held over a lock.
  const [start] = useState<WegingFields>(() => ({ code: '', motivering: besluit?.tekst ?? '' }));
  const draftKey = wegingDraftKey(item.id, besluitId);
  const first = useHeldDraft<WegingFields>(draftKey) ?? start;
  const [code, setCode] = useState(first.code);
  const [motivering, setMotivering] = useState(first.motivering);
  useDraftWork(draftKey, changedValues<WegingFields>({ code, motivering }, start));
  const problems: FieldErrors = {};
  if (!code) problems['besluit'] = { key: 'validation.required' };
  if (motivering.trim().length < 10) problems['motivering'] = { key: 'validation.reasoningTooShort' };
  const check = useFormCheck(problems);
  const { errors } = check;
  const record = useMutation({
    mutationFn: async () => {
      await flush();
      return call('meetings:record-weging', { itemId: item.id, besluitId: besluit!.id, besluit: code, motivering });
    },
    onSuccess: async (result) => {
      onRecorded(result.item);
      await queryClient.invalidateQueries({ queryKey: ['cases:get'] });
      notice.success(t('meetings.weging.done', { besluit: listLabel(reference, 'besluit', code) }));
      onClose();
    },
  });
  // Without its besluit row (no longer in the minutes) there is nothing to record.
  const send = { ...record, mutate: besluit ? record.mutate : () => undefined };
  return (
    <FormDialog
      title={t('meetings.weging.title')}
      intro={t('meetings.weging.intro')}
      submitLabel={t('meetings.weging.submit')}
      check={check}
      send={send}
      onClose={onClose}
    >
      <FormControl error={!!errors['besluit']} component="fieldset" required>
        <FormLabel component="legend">{t('meetings.weging.besluit')}</FormLabel>
        <RadioGroup value={code} onChange={(e) => setCode(e.target.value)}>
          {choices(reference, 'besluit').map((v) => (
            <FormControlLabel key={v.code} value={v.code} control={<Radio />} label={v.label} />
          ))}
        </RadioGroup>
        {errors['besluit'] ? <FormHelperText>{fieldProps(t, errors, 'besluit').helperText}</FormHelperText> : null}
      </FormControl>
      <TextField
        label={t('meetings.weging.motivering')}
        value={motivering}
        onChange={(e) => setMotivering(e.target.value)}
        multiline
        minRows={3}
        fullWidth
        required
        {...fieldProps(t, errors, 'motivering')}
      />
    </FormDialog>
  );
}
