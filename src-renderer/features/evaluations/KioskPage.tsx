// The kiosk: full-screen answering on the user's laptop. Each respondent answers and submits; the
// form then empties for the next one. Nothing else of the application is shown (and core refuses
// everything but the kiosk's channels); leaving takes the password of the user who started it.
import { Alert, Box, Button, MenuItem, Skeleton, TextField, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { checkResponse, type Answers } from '../../../src-shared/domain/questionnaire-answers';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { fieldProps, FormAlert, useFormCheck } from '../../kit/forms';
import { enterGoesOn } from '../../kit/keyboardEntry';
import { PasswordField } from '../../kit/PasswordField';
import { useSession } from '../../kit/session';
import { usePageTitle } from '../../kit/usePageTitle';
import { answerErrors, QuestionnaireForm } from './QuestionnaireForm';

function ExitDialog({ onClose, onLeft }: { onClose: () => void; onLeft: () => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const check = useFormCheck(password === '' ? { password: { key: 'validation.required' } } : {});
  const leave = useMutation({
    mutationFn: () => call('evaluations:kiosk-exit', { password }),
    onSuccess: onLeft,
  });
  return (
    <FormDialog
      title={t('evaluations.kiosk.exitTitle')}
      intro={t('evaluations.kiosk.exitText')}
      submitLabel={t('evaluations.kiosk.leave')}
      cancelLabel={t('evaluations.kiosk.stay')}
      check={check}
      send={leave}
      onClose={onClose}
      maxWidth="xs"
    >
      <PasswordField
        label={t('evaluations.kiosk.password')}
        autoComplete="current-password"
        autoFocus
        fullWidth
        value={password}
        onChange={(event) => setPassword(event.target.value)}
        {...fieldProps(t, check.errors, 'password')}
      />
    </FormDialog>
  );
}

export function KioskPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { refresh } = useSession();
  const kiosk = useBridgeQuery('evaluations:kiosk-form', {}, { staleTime: Infinity });
  usePageTitle(kiosk.data?.titel ?? t('evaluations.kiosk.title'));
  const [answers, setAnswers] = useState<Answers>({});
  const [partner, setPartner] = useState('');
  const [thanks, setThanks] = useState(false);
  const [exiting, setExiting] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState<number | null>(null);
  const top = useRef<HTMLHeadingElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const checked = kiosk.data ? checkResponse(kiosk.data.template, answers) : null;
  const { errors, form, passes, refused, reset } = useFormCheck(checked && !checked.ok ? checked.errors : {});

  async function submit() {
    if (!kiosk.data || !passes()) return;
    setFailure(null);
    try {
      const result = await call('evaluations:kiosk-submit', {
        partner: partner || null,
        respondent: null,
        answers: answers as Record<string, string | number | string[] | Record<string, number | 'nvt'>>,
      });
      setSubmitted(result.submitted);
      setAnswers({});
      setPartner('');
      reset();
      setThanks(true);
      window.scrollTo(0, 0);
      top.current?.focus();
    } catch (error) {
      setFailure(error);
      refused(error);
    }
  }

  async function left() {
    const roundId = kiosk.data?.roundId;
    void queryClient.invalidateQueries();
    void navigate(roundId ? `/evaluaties/${roundId}` : '/evaluaties', { replace: true });
    // Core no longer reports the kiosk: the gate shows the shell again, at the round.
    await refresh();
  }

  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'background.default', p: { xs: 2, md: 6 } }}>
      {/* A comfortable column: wide enough for a rating scale on one row, narrow enough to read. */}
      <Box sx={{ maxWidth: 1040, mx: 'auto' }}>
        {/* In a narrow window (320 px) the exit button goes under the title. */}
        <Box
          sx={{
            display: 'flex',
            flexWrap: { xs: 'wrap', sm: 'nowrap' },
            justifyContent: 'space-between',
            gap: 2,
            alignItems: 'flex-start',
            mb: 3,
          }}
        >
          <Box>
            <Typography variant="h1" ref={top} tabIndex={-1} sx={{ outline: 'none' }}>
              {kiosk.data?.titel ?? t('evaluations.kiosk.title')}
            </Typography>
            <Typography sx={{ fontSize: '1.125rem' }}>{t('evaluations.kiosk.intro')}</Typography>
          </Box>
          <Button variant="outlined" onClick={() => setExiting(true)} sx={{ flexShrink: 0, whiteSpace: 'nowrap' }}>
            {t('evaluations.kiosk.exit')}
          </Button>
        </Box>
        {kiosk.error ? <Alert severity="error">{describeError(t, kiosk.error)}</Alert> : null}
        {kiosk.isPending ? <Skeleton variant="rectangular" height={320} /> : null}
        {thanks ? (
          <Alert severity="success" role="status" sx={{ mb: 3 }} onClose={() => setThanks(false)}>
            {t('evaluations.kiosk.thanks')}
          </Alert>
        ) : null}
        {kiosk.data ? (
          <Box
            component="form"
            ref={form}
            noValidate
            aria-label={t('evaluations.kiosk.formLabel')}
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
            // Enter goes to the next question; after the last, to the button (a respondent sends herself).
            onKeyDown={(event) => enterGoesOn(event, () => submitButton.current?.focus())}
            sx={{ display: 'grid', gap: 3 }}
          >
            <FormAlert error={failure} />
            {kiosk.data.partners.length > 0 ? (
              <TextField
                select
                label={t('evaluations.kiosk.partner')}
                value={partner}
                onChange={(event) => setPartner(event.target.value)}
                sx={{ maxWidth: 360 }}
              >
                <MenuItem value="">{t('evaluations.kiosk.partnerNone')}</MenuItem>
                {kiosk.data.partners.map((code) => (
                  <MenuItem key={code} value={code}>
                    {kiosk.data?.partnerLabels[code] ?? code}
                  </MenuItem>
                ))}
              </TextField>
            ) : null}
            <QuestionnaireForm
              template={kiosk.data.template}
              answers={answers}
              onChange={(next) => {
                setThanks(false);
                setAnswers(next);
              }}
              errors={answerErrors(errors)}
            />
            <Box>
              <Button type="submit" variant="contained" size="large" ref={submitButton} sx={{ minHeight: 56, px: 4 }}>
                {t('evaluations.kiosk.submit')}
              </Button>
            </Box>
            {submitted !== null ? (
              <Typography variant="body2" color="text.secondary">
                {t('evaluations.kiosk.submitted', { count: submitted })}
              </Typography>
            ) : null}
          </Box>
        ) : null}
      </Box>
      {exiting ? <ExitDialog onClose={() => setExiting(false)} onLeft={() => void left()} /> : null}
    </Box>
  );
}
