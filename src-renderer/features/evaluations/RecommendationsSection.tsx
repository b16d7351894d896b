// Aanbevelingen: what came out of an evaluation, with owner, deadline and status, and the progress
// notes. Shown per round (with the form to add one) and for all rounds together; counted as open,
// late and done. A new recommendation or a progress note typed and not saved outlives a lock
// (kit/heldDraft; both forms are always on the page, so nothing has to open again).
import { Alert, Box, Button, Chip, MenuItem, Skeleton, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canUse } from '../../../src-shared/ipc/permissions';
import { RECOMMENDATION_STATUSES, type RecommendationStatus } from '../../../src-shared/domain/evaluations';
import { formatDate, formatDateTime, parseDutchDate } from '../../../src-shared/domain/format';
import type { RecommendationView } from '../../../src-shared/ipc/evaluations';
import { contract } from '../../../src-shared/ipc/contract';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { DateField } from '../../kit/DateField';
import { fieldProps, FormAlert, submitHandler, useFormCheck, validate, type FieldErrors } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { useSession } from '../../kit/session';
import { formatNumber } from './format';
import { Section } from './Section';

/** A new recommendation as typed (the deadline dd-mm-jjjj). */
interface RecommendationFields {
  tekst: string;
  eigenaar: string;
  deadline: string;
}

const EMPTY_RECOMMENDATION: RecommendationFields = { tekst: '', eigenaar: '', deadline: '' };

function NewRecommendation({ roundId }: { roundId: number }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notice = useNotice();
  // Empty, or as typed before a lock and not added then.
  const draftKey = `evaluations:aanbeveling:${roundId}`;
  const first = useHeldDraft<RecommendationFields>(draftKey) ?? EMPTY_RECOMMENDATION;
  const [tekst, setTekst] = useState(first.tekst);
  const [eigenaar, setEigenaar] = useState(first.eigenaar);
  const [deadline, setDeadline] = useState(first.deadline);
  useDraftWork(draftKey, changedValues({ tekst, eigenaar, deadline }, EMPTY_RECOMMENDATION));
  const parsed = deadline.trim() === '' ? null : parseDutchDate(deadline);
  const problems: FieldErrors = {
    ...validate(contract['evaluations:save-recommendation'].input, { roundId, tekst, eigenaar }, ['tekst']),
    ...(deadline.trim() !== '' && parsed === null ? { deadline: { key: 'validation.date' } } : {}),
  };
  const check = useFormCheck(problems);
  const { errors, form } = check;
  const add = useMutation({
    mutationFn: async () => {
      await call('evaluations:save-recommendation', {
        id: null,
        roundId,
        tekst,
        eigenaar,
        deadline: parsed,
        status: 'open',
      });
      await queryClient.invalidateQueries({ queryKey: ['evaluations:recommendations'] });
    },
    onSuccess: () => {
      notice.success(t('evaluations.recommendations.added'));
      setTekst('');
      setEigenaar('');
      setDeadline('');
      check.reset();
    },
  });

  return (
    <Box
      component="form"
      ref={form}
      noValidate
      aria-label={t('evaluations.recommendations.new')}
      onSubmit={submitHandler(check, add)}
      sx={{ display: 'grid', gap: 2, maxWidth: '75ch', mt: 3 }}
    >
      <Typography variant="h3">{t('evaluations.recommendations.new')}</Typography>
      <FormAlert error={add.error} />
      <TextField
        label={t('evaluations.recommendations.tekst')}
        required
        multiline
        minRows={2}
        value={tekst}
        onChange={(event) => setTekst(event.target.value)}
        {...fieldProps(t, errors, 'tekst')}
      />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TextField
          label={t('evaluations.recommendations.eigenaar')}
          value={eigenaar}
          onChange={(event) => setEigenaar(event.target.value)}
          sx={{ minWidth: 280 }}
        />
        <DateField
          label={t('evaluations.recommendations.deadline')}
          value={deadline}
          onChange={setDeadline}
          {...fieldProps(t, errors, 'deadline', t('dates.hint'))}
        />
      </Box>
      <Box>
        <Button type="submit" variant="contained">
          {t('evaluations.recommendations.add')}
        </Button>
      </Box>
    </Box>
  );
}

function ProgressNote({ item }: { item: RecommendationView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // Empty, or as typed before a lock and not saved then.
  const draftKey = `evaluations:voortgang:${item.id}`;
  const first = useHeldDraft<{ tekst: string; status: RecommendationStatus | '' }>(draftKey);
  const [tekst, setTekst] = useState(first?.tekst ?? '');
  const [status, setStatus] = useState(first?.status ?? '');
  useDraftWork(draftKey, changedValues({ tekst, status }, { tekst: '', status: '' }));
  const problems = validate(contract['evaluations:recommendation-note'].input, { id: item.id, tekst }, ['tekst']);
  const check = useFormCheck(problems);
  const { errors, form } = check;
  const save = useMutation({
    mutationFn: async () => {
      await call('evaluations:recommendation-note', { id: item.id, tekst, status: status || null });
      await queryClient.invalidateQueries({ queryKey: ['evaluations:recommendations'] });
    },
    onSuccess: () => {
      setTekst('');
      setStatus('');
      check.reset();
    },
  });

  return (
    <Box
      component="form"
      ref={form}
      noValidate
      aria-label={t('evaluations.recommendations.noteFor', { tekst: item.tekst })}
      onSubmit={submitHandler(check, save)}
      sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start', mt: 1 }}
    >
      <FormAlert error={save.error} />
      <TextField
        label={t('evaluations.recommendations.note')}
        size="small"
        value={tekst}
        onChange={(event) => setTekst(event.target.value)}
        sx={{ minWidth: 320, flex: 1 }}
        {...fieldProps(t, errors, 'tekst')}
      />
      <TextField
        select
        size="small"
        label={t('evaluations.recommendations.newStatus')}
        value={status}
        onChange={(event) => setStatus(event.target.value as RecommendationStatus | '')}
        sx={{ minWidth: 200 }}
      >
        <MenuItem value="">{t('evaluations.recommendations.sameStatus')}</MenuItem>
        {RECOMMENDATION_STATUSES.map((s) => (
          <MenuItem key={s} value={s}>
            {t(`evaluations.recommendations.status.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      <Button type="submit" variant="outlined">
        {t('evaluations.recommendations.saveNote')}
      </Button>
    </Box>
  );
}

export function RecommendationsSection({ roundId }: { roundId: number | null }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const overview = useBridgeQuery('evaluations:recommendations', { roundId, pile: null });
  const canEdit = canUse('evaluations:save-recommendation', user);
  const counts = overview.data?.counts;
  return (
    <Section id="aanbevelingen" title={t('evaluations.recommendations.title')}>
      {overview.error ? <Alert severity="error">{describeError(t, overview.error)}</Alert> : null}
      {overview.isPending ? <Skeleton variant="rectangular" height={80} /> : null}
      {counts ? (
        <Typography role="status" sx={{ fontWeight: 600, mb: 2 }}>
          {t('evaluations.recommendations.counts', {
            open: formatNumber(counts.open),
            late: formatNumber(counts.teLaat),
            done: formatNumber(counts.afgerond),
          })}
        </Typography>
      ) : null}
      {overview.data && overview.data.items.length === 0 ? (
        <Typography>{t('evaluations.recommendations.none')}</Typography>
      ) : null}
      <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 2 }}>
        {overview.data?.items.map((item) => (
          <Box
            component="li"
            key={item.id}
            aria-label={item.tekst}
            sx={{ p: 2, border: 1, borderColor: 'divider', borderRadius: 1 }}
          >
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
              <Chip
                size="small"
                color={item.pile === 'te-laat' ? 'error' : item.pile === 'afgerond' ? 'success' : 'default'}
                label={t(`evaluations.recommendations.pile.${item.pile}`)}
              />
              <Typography sx={{ fontWeight: 600 }}>{item.tekst}</Typography>
            </Box>
            <Typography variant="body2" sx={{ mt: 0.5 }}>
              {t('evaluations.recommendations.meta', {
                status: t(`evaluations.recommendations.status.${item.status}`),
                eigenaar: item.eigenaar || t('evaluations.recommendations.noOwner'),
                deadline: item.deadline ? formatDate(item.deadline) : t('evaluations.recommendations.noDeadline'),
              })}
              {roundId === null ? ` · ${item.round.titel}` : ''}
            </Typography>
            {item.notes.length > 0 ? (
              <Box component="ul" sx={{ pl: 3, my: 1 }}>
                {item.notes.map((note) => (
                  <Typography component="li" variant="body2" key={note.id}>
                    {t('evaluations.recommendations.noteLine', {
                      at: formatDateTime(note.at),
                      door: note.door ?? '',
                      tekst: note.tekst,
                      status: t(`evaluations.recommendations.status.${note.status}`),
                    })}
                  </Typography>
                ))}
              </Box>
            ) : null}
            {canEdit ? <ProgressNote item={item} /> : null}
          </Box>
        ))}
      </Box>
      {canEdit && roundId !== null ? <NewRecommendation roundId={roundId} /> : null}
    </Section>
  );
}
