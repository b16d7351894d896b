// The goals of the trajectory: each a short text that can be marked as reached; added, changed and
// removed here and saved together. An ended trajectory shows them read-only. Changed and not saved,
// the goals outlive a lock with the version they were loaded at (kit/heldDraft).
import AddOutlined from '@mui/icons-material/AddOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Checkbox, FormControlLabel, IconButton, Typography, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { trajectoryChannels } from '../../../src-shared/ipc/trajectories';
import { type Doel, type TrajectoryView } from '../../../src-shared/ipc/trajectories';
import { call } from '../../kit/bridge';
import { FormAlert, useFormCheck, validate } from '../../kit/forms';
import { changedVersioned, useDraftWork, useHeldDraft, type Versioned } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { StaleNotice, useStaleVersion } from '../../kit/StaleNotice';
import { Part } from '../../kit/Part';
import { useFollowFocus } from '../../kit/useFollowFocus';
import { trajectoryDraftKey } from './heldDrafts';
import { isOpen, nextGoalId } from './trajectory';
import { trajectoryKey, useTrajectoryMutation } from './useTrajectoryMutation';

const schema = trajectoryChannels['trajectories:save-goals'].input;
const ADD_FOCUS_ID = 'doel-toevoegen';
const goalFocusId = (goalId: string) => `doel-${goalId}`;

export function GoalsSection({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  const open = isOpen(view.status);
  return (
    <Part id="doelen" title={t('trajectories.goals.heading')}>
      {open ? (
        <GoalsEditor key={view.id} view={view} />
      ) : view.doelen.length === 0 ? (
        <Typography color="text.secondary">{t('trajectories.goals.empty')}</Typography>
      ) : (
        <Box component="ul" sx={{ m: 0, pl: 3 }}>
          {view.doelen.map((doel) => (
            <li key={doel.id}>{doel.behaald ? t('trajectories.goals.reached', { tekst: doel.tekst }) : doel.tekst}</li>
          ))}
        </Box>
      )}
    </Part>
  );
}

function GoalsEditor({ view }: { view: TrajectoryView }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const draftKey = trajectoryDraftKey(view.id, 'doelen');
  const held = useHeldDraft<Versioned<Doel[]>>(draftKey);
  // The goals as last loaded or saved: what counts as unsaved is what differs from them.
  const [loaded, setLoaded] = useState<Doel[]>(view.doelen);
  const [doelen, setDoelen] = useState<Doel[]>(held?.values ?? view.doelen);
  // The version of the goals this editor loaded (before a lock too): a colleague's later save is
  // never overwritten.
  const [version, setVersion] = useState(held ? held.version : view.version);
  useDraftWork(draftKey, changedVersioned(doelen, loaded, version));
  const input = { id: view.id, doelen, version };
  const stale = useStaleVersion({ doelen });
  const { errors, form, passes, refused } = useFormCheck(validate(schema, input));
  const save = useTrajectoryMutation(
    () => call('trajectories:save-goals', schema.parse(input)),
    (saved) => {
      setLoaded(saved.doelen);
      setDoelen(saved.doelen);
      setVersion(saved.version);
      notice.success(t('trajectories.goals.saved'));
    },
  );
  const update = (index: number, change: Partial<Doel>) =>
    setDoelen(doelen.map((doel, i) => (i === index ? { ...doel, ...change } : doel)));
  // Where the focus goes once the list has changed: a goal added is typed in at once, and removing
  // one must not drop the focus to the page's top (its button is gone).
  const follow = useFollowFocus();
  const add = () => {
    const id = nextGoalId(doelen);
    follow(goalFocusId(id));
    setDoelen([...doelen, { id, tekst: '', behaald: false }]);
  };
  const remove = (index: number) => {
    const neighbour = doelen[index - 1] ?? doelen[index + 1];
    follow(neighbour ? goalFocusId(neighbour.id) : ADD_FOCUS_ID);
    setDoelen(doelen.filter((_, i) => i !== index));
  };
  const message = (index: number) => {
    const error = errors[`doelen.${index}.tekst`];
    return error ? t(`common:${error.key}`, error.params ?? {}) : undefined;
  };
  return (
    <Box
      component="form"
      ref={form}
      noValidate
      aria-labelledby="doelen-kop"
      onSubmit={(event) => {
        event.preventDefault();
        save.reset();
        stale.clear();
        if (passes()) save.mutate(undefined, { onError: (error) => stale.caught(error) || refused(error) });
      }}
    >
      <StaleNotice
        stale={stale}
        labels={{ doelen: t('trajectories.goals.heading') }}
        show={(draft) => ({
          doelen: draft.doelen
            .map((doel) => (doel.behaald ? t('trajectories.goals.reached', { tekst: doel.tekst }) : doel.tekst))
            .join('\n'),
        })}
        onReload={async () => {
          const latest = await call('trajectories:get', { id: view.id });
          queryClient.setQueryData(trajectoryKey(view.id), latest);
          setLoaded(latest.doelen);
          setDoelen(latest.doelen);
          setVersion(latest.version);
        }}
        onReapply={(draft) => setDoelen(draft.doelen)}
      />
      <FormAlert error={stale.state ? null : save.error} />
      {doelen.length === 0 ? (
        <Typography color="text.secondary" sx={{ mb: 1 }}>
          {t('trajectories.goals.empty')}
        </Typography>
      ) : null}
      <Box component="ol" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
        {doelen.map((doel, index) => (
          <Box component="li" key={doel.id} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
            <TextField
              label={t('trajectories.goals.goal', { n: index + 1 })}
              value={doel.tekst}
              onChange={(event) => update(index, { tekst: event.target.value })}
              fullWidth
              size="small"
              error={message(index) !== undefined}
              helperText={message(index)}
              slotProps={{ htmlInput: { 'data-focus-id': goalFocusId(doel.id) } }}
            />
            {/* A visible word next to the box; its name for screen readers says which goal. */}
            <FormControlLabel
              sx={{ mr: 0, whiteSpace: 'nowrap' }}
              label={t('trajectories.goals.reachedShort')}
              control={
                <Checkbox
                  checked={doel.behaald}
                  onChange={(event) => update(index, { behaald: event.target.checked })}
                  slotProps={{ input: { 'aria-label': t('trajectories.goals.reachedLabel', { n: index + 1 }) } }}
                />
              }
            />
            <IconButton aria-label={t('trajectories.goals.remove', { n: index + 1 })} onClick={() => remove(index)}>
              <DeleteOutlined aria-hidden />
            </IconButton>
          </Box>
        ))}
      </Box>
      <Box sx={{ display: 'flex', gap: 1, mt: 2 }}>
        <Button data-focus-id={ADD_FOCUS_ID} startIcon={<AddOutlined aria-hidden />} onClick={add}>
          {t('trajectories.goals.add')}
        </Button>
        <Button type="submit" variant="contained" loading={save.isPending} loadingPosition="start">
          {t('trajectories.goals.save')}
        </Button>
      </Box>
    </Box>
  );
}
