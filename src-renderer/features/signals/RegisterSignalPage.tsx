// Signaal registreren: one form, fast with the keyboard alone (Ctrl+Enter sends it). First the
// person, with possible existing registrations shown while typing; then the signal. Checked with
// the contract's schema before sending and by core after; every message stands next to its field
// and nothing typed is lost. On success the dossier opens and the casusnummer is announced.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import { Alert, Box, Button, Paper, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import type { PersonMatch } from '../../../src-shared/ipc/persons';
import { registerInput } from '../../../src-shared/ipc/signals';
import { BridgeFailure, call } from '../../kit/bridge';
import { FormAlert, useFormCheck, validate } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { PageHeader } from '../../kit/PageHeader';
import { EMPTY_PERSON, errorsUnder, PersonFields, type PersonForm, personInputOf } from '../persons';
import { PossibleMatches } from './PossibleMatches';
import { SignalFields } from './SignalFields';
import { emptySignal, signalInputOf, type SignalForm } from './signalForm';
import { usePersonMatches } from './usePersonMatches';

/** The set of matches a "new person" decision was made for: new candidates ask again. */
const signature = (matches: PersonMatch[]) =>
  matches
    .map((match) => match.id)
    .sort()
    .join(',');

/**
 * The possible matches stand beside the person's fields wherever the part is wide enough: measured
 * on the part itself, not the window, so at 1024×768 (navigation folded, ~860 px) they are in view
 * while the name is typed; below, as with the navigation unfolded there, they stand under the fields.
 */
const PERSON_PART = 'persoondeel';
const SIDE_BY_SIDE = 800;
const sideBySide = { gridTemplateColumns: 'minmax(0, 3fr) minmax(300px, 2fr)' };

/** What a lock holds of the form: the person (typed or chosen) and the signal. */
interface RegisterFields {
  person: PersonForm;
  signal: SignalForm;
  existing: PersonMatch | null;
}
const DRAFT_KEY = 'signals:register';

export function RegisterSignalPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notice = useNotice();
  const queryClient = useQueryClient();
  // Empty, or as typed before a lock and not registered then (kit/heldDraft).
  const [start] = useState<RegisterFields>(() => ({ person: EMPTY_PERSON, signal: emptySignal(), existing: null }));
  const held = useHeldDraft<RegisterFields>(DRAFT_KEY);
  const [person, setPerson] = useState<PersonForm>(held?.person ?? start.person);
  const [signal, setSignal] = useState<SignalForm>(held?.signal ?? start.signal);
  const [existing, setExisting] = useState<PersonMatch | null>(held?.existing ?? start.existing);
  useDraftWork(DRAFT_KEY, changedValues<RegisterFields>({ person, signal, existing }, start));
  const [decidedNewFor, setDecidedNewFor] = useState<string | null>(null);
  const [mustChoose, setMustChoose] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const nameField = useRef<HTMLDivElement>(null);
  const { matches, loading, exact } = usePersonMatches(person, existing === null);

  // A form page opened to be filled in: start in its first field (after the heading took focus).
  useEffect(() => nameField.current?.querySelector('input')?.focus(), []);

  /** What is sent: a new person goes with the ids of the matches the user saw (core checks again). */
  const inputWith = (seenMatches: number[]) => ({
    person: existing ? { id: existing.id } : { nieuw: personInputOf(person), seenMatches },
    signal: signalInputOf(signal),
  });
  const { errors, form, passes, refused } = useFormCheck(validate(registerInput, inputWith([])));
  const register = useMutation({
    mutationFn: (seenMatches: number[]) => call('signals:register', inputWith(seenMatches)),
    onSuccess: async (registered) => {
      await queryClient.invalidateQueries({ queryKey: ['search:query'] });
      await queryClient.invalidateQueries({ queryKey: ['work:mine'] });
      notice.success(
        registered.joinedOpenCase
          ? t('signals.register.doneJoined', { number: registered.caseNumber })
          : t('signals.register.done', { number: registered.caseNumber }),
        { nextPage: true },
      );
      void navigate(`/casussen/${registered.caseId}`);
    },
    onError: (error) => {
      // Someone else registered a person like this one meanwhile: show the matches again, to choose.
      if (error instanceof BridgeFailure && error.error.code === 'POSSIBLE_DUPLICATE') {
        void queryClient.invalidateQueries({ queryKey: ['persons:matches'] });
        setMustChoose(true);
        panel.current?.focus();
      }
      refused(error);
    },
  });

  const submit = async (event?: React.FormEvent) => {
    event?.preventDefault();
    register.reset();
    if (!passes()) return;
    let seen: PersonMatch[] = [];
    if (!existing) {
      // Possible duplicates for exactly what is typed now: a choice must have been made for them.
      seen = await exact(person);
      if (seen.length > 0 && decidedNewFor !== signature(seen)) {
        setMustChoose(true);
        panel.current?.focus();
        return;
      }
    }
    register.mutate(seen.map((match) => match.id));
  };

  const choose = (match: PersonMatch) => {
    setExisting(match);
    setMustChoose(false);
  };
  const goNew = () => {
    setDecidedNewFor(signature(matches));
    setMustChoose(false);
  };

  return (
    <>
      <PageHeader
        title={t('signals.register.title')}
        intro={t('signals.register.intro')}
        actions={
          <Button startIcon={<ArrowBackOutlined aria-hidden />} onClick={() => void navigate(-1)}>
            {t('signals.register.back')}
          </Button>
        }
      />
      <Box
        component="form"
        onSubmit={(event) => void submit(event)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void submit();
          }
        }}
        noValidate
        ref={form}
        aria-label={t('signals.register.title')}
      >
        <FormAlert error={register.error} />
        <Paper variant="outlined" component="section" aria-labelledby="persoon-deel" sx={{ p: 2, mb: 2 }}>
          <Typography variant="h2" id="persoon-deel" sx={{ mb: 2 }}>
            {t('signals.register.personHeading')}
          </Typography>
          {existing ? (
            <Alert
              severity="info"
              action={
                <Button color="inherit" onClick={() => setExisting(null)}>
                  {t('signals.register.otherPerson')}
                </Button>
              }
            >
              <Typography sx={{ fontWeight: 600 }}>{t('signals.register.chosen', { name: existing.naam })}</Typography>
              {[existing.geboortedatum ? formatDate(existing.geboortedatum) : existing.geboortejaar, existing.gemeente]
                .filter(Boolean)
                .join(' · ')}
              <Typography variant="body2" sx={{ mt: 0.5 }}>
                {existing.openCase
                  ? t('signals.register.joinsCase', { number: existing.openCase.number })
                  : t('signals.register.newCase')}
              </Typography>
            </Alert>
          ) : (
            <Box sx={{ containerType: 'inline-size', containerName: PERSON_PART }}>
              <Box
                sx={{
                  display: 'grid',
                  gap: 2,
                  [`@container ${PERSON_PART} (min-width: ${SIDE_BY_SIDE}px)`]: sideBySide,
                }}
              >
                <Box ref={nameField}>
                  <PersonFields value={person} onChange={setPerson} errors={errorsUnder(errors, 'person.nieuw.')} />
                </Box>
                <PossibleMatches
                  matches={matches}
                  loading={loading}
                  decidedNew={matches.length > 0 && decidedNewFor === signature(matches)}
                  mustChoose={mustChoose}
                  onChoose={choose}
                  onNew={goNew}
                  panelRef={panel}
                />
              </Box>
            </Box>
          )}
        </Paper>
        <Paper variant="outlined" component="section" aria-labelledby="signaal-deel" sx={{ p: 2, mb: 2 }}>
          <Typography variant="h2" id="signaal-deel" sx={{ mb: 2 }}>
            {t('signals.register.signalHeading')}
          </Typography>
          <SignalFields value={signal} onChange={setSignal} errors={errorsUnder(errors, 'signal.')} />
        </Paper>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
          <Button type="submit" variant="contained" size="large" loading={register.isPending} loadingPosition="start">
            {t('signals.register.submit')}
          </Button>
          <Typography variant="body2" color="text.secondary">
            {t('signals.register.submitHint')}
          </Typography>
        </Box>
      </Box>
    </>
  );
}
