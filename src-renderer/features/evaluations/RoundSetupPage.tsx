// Setting up an evaluation round (/evaluaties/rondes/nieuw and /evaluaties/:id/instellen): its
// title, the questionnaire version, the period, the partner organisations asked (with how many
// were invited, when known) and the anonymity; then opening, closing and reopening it. Checked
// with the contract's schema before sending; core's refusals stand next to the fields.
import {
  Alert,
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Skeleton,
  TextField,
  Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ANONYMITY, type Anonymity } from '../../../src-shared/domain/evaluations';
import { formatDate, parseDutchDate } from '../../../src-shared/domain/format';
import {
  roundInput,
  type RoundHouses,
  type RoundView,
  type TemplateSummary,
} from '../../../src-shared/ipc/evaluations';
import { call, describeError, useBridgeQuery } from '../../kit/bridge';
import { DateField } from '../../kit/DateField';
import { fieldProps, FormAlert, useFormCheck, validate, type FieldErrors } from '../../kit/forms';
import { changedVersioned, useDraftWork, useHeldDraft, type Versioned } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { PageHeader } from '../../kit/PageHeader';
import { choices, useReferenceData } from '../lists';
import { roundDraftKey } from './heldDrafts';
import { EVERY_HOUSE, formOf, inputOf, type RoundForm } from './roundForm';
import { StaleNotice, useStaleVersion } from '../../kit/StaleNotice';
import { RoundStatusPanel } from './RoundStatusPanel';

export function RoundSetupPage() {
  const { t } = useTranslation();
  const params = useParams();
  const id = params.id ? Number(params.id) : null;
  const round = useBridgeQuery('evaluations:round', { id: id ?? 0 }, { enabled: id !== null });
  const templates = useBridgeQuery('evaluations:templates', {});
  const houses = useBridgeQuery('evaluations:round-houses', {});
  const loading = templates.isPending || houses.isPending || (id !== null && round.isPending);
  const failure = templates.error ?? houses.error ?? round.error;
  return (
    <>
      <PageHeader
        title={id === null ? t('evaluations.roundSetup.newTitle') : t('evaluations.roundSetup.editTitle')}
        intro={round.data ? round.data.titel : t('evaluations.roundSetup.intro')}
        back={
          id === null
            ? { to: '/evaluaties', label: t('evaluations.roundSetup.backToRounds') }
            : { to: `/evaluaties/${id}`, label: t('evaluations.form.backToRound') }
        }
      />
      {failure ? <Alert severity="error">{describeError(t, failure)}</Alert> : null}
      {loading ? <Skeleton variant="rectangular" height={320} /> : null}
      {!loading && !failure && templates.data && houses.data ? (
        <>
          {round.data ? <RoundStatusPanel round={round.data} /> : null}
          <RoundFormView
            key={id ?? 'nieuw'}
            id={id}
            round={round.data ?? null}
            templates={templates.data}
            houses={houses.data}
          />
        </>
      ) : null}
    </>
  );
}

function RoundFormView({
  id,
  round,
  templates,
  houses,
}: {
  id: number | null;
  round: RoundView | null;
  templates: TemplateSummary[];
  houses: RoundHouses;
}) {
  const { t } = useTranslation();
  const notice = useNotice();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const reference = useReferenceData();
  const draftKey = roundDraftKey(id);
  const held = useHeldDraft<Versioned<RoundForm>>(draftKey);
  // As stored (or empty), or as typed before a lock and not saved then; what counts as unsaved is
  // what differs from the round as last loaded or saved.
  const [loaded, setLoaded] = useState(() => formOf(round, templates, houses));
  const [form, setForm] = useState<RoundForm>(held?.values ?? loaded);
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  // The version of the round this form loaded (before a lock too): a colleague's later save is
  // never overwritten.
  const [version, setVersion] = useState(held ? held.version : round?.version);
  useDraftWork(draftKey, changedVersioned(form, loaded, version));
  const stale = useStaleVersion(form);
  const input = { ...inputOf(form, id), ...(id !== null && version !== undefined ? { version } : {}) };
  const partners = Object.keys(form.groups);
  // Messages about a target group are reported by its place in the list; they are shown by partner.
  const problems = (() => {
    const found: FieldErrors = validate(roundInput, input);
    if (form.periodFrom && !parseDutchDate(form.periodFrom)) found.periodFrom = { key: 'validation.date' };
    if (form.periodTo && !parseDutchDate(form.periodTo)) found.periodTo = { key: 'validation.date' };
    return found;
  })();
  const { errors, form: formRef, passes, refused } = useFormCheck(problems);
  const answered = round !== null && round.responses > 0;
  const set = <K extends keyof RoundForm>(key: K, value: RoundForm[K]) => setForm({ ...form, [key]: value });

  async function save() {
    setFailure(null);
    stale.clear();
    if (!passes()) return;
    setSaving(true);
    try {
      const saved = await call('evaluations:save-round', input);
      setVersion(saved.version);
      setLoaded(form);
      await queryClient.invalidateQueries();
      notice.success(t('evaluations.roundSetup.saved', { titel: saved.titel }), { nextPage: id === null });
      if (id === null) void navigate(`/evaluaties/${saved.id}/instellen`, { replace: true });
    } catch (error) {
      if (!stale.caught(error)) {
        setFailure(error);
        refused(error);
      }
    }
    setSaving(false);
  }

  const groupError = (partner: string) => {
    const index = partners.indexOf(partner);
    // A number corrected after responses came in says when and by whom (as under the response table).
    const correction = round?.targetGroups.find((g) => g.partner === partner)?.correction ?? null;
    const hint = correction
      ? t('evaluations.roundSetup.invitedCorrected', { on: formatDate(correction.on), by: correction.by ?? '—' })
      : t('evaluations.roundSetup.invitedHint');
    return fieldProps(t, errors, `targetGroups.${index}.invited`, hint);
  };

  return (
    <Box
      component="form"
      ref={formRef}
      noValidate
      aria-label={t('evaluations.roundSetup.formLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      // One column no wider than the window (320 px at 400 % zoom): a field's fixed width shrinks to it.
      sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2.5, maxWidth: '90ch' }}
    >
      <StaleNotice
        stale={stale}
        labels={{
          titel: t('evaluations.roundSetup.titel'),
          toelichting: t('evaluations.roundSetup.toelichting'),
          templateId: t('evaluations.roundSetup.template'),
          periodFrom: t('evaluations.roundSetup.periodFrom'),
          periodTo: t('evaluations.roundSetup.periodTo'),
          anonymity: t('evaluations.roundSetup.anonymity'),
          targetGroups: t('evaluations.roundSetup.targetGroups'),
          regionId: t('evaluations.roundSetup.house'),
        }}
        show={(draft) => ({
          titel: draft.titel,
          toelichting: draft.toelichting,
          periodFrom: draft.periodFrom,
          periodTo: draft.periodTo,
          targetGroups: Object.entries(draft.groups)
            .map(([partner, invited]) => (invited ? `${partner}: ${invited}` : partner))
            .join(', '),
        })}
        onReload={async () => {
          if (id === null) return;
          const latest = await call('evaluations:round', { id });
          await queryClient.invalidateQueries({ queryKey: ['evaluations:round'] });
          const stored = formOf(latest, templates, houses);
          setLoaded(stored);
          setForm(stored);
          setVersion(latest.version);
        }}
        onReapply={setForm}
      />
      <FormAlert error={failure} />
      {answered ? <Alert severity="info">{t('evaluations.roundSetup.hasResponses')}</Alert> : null}
      <TextField
        required
        label={t('evaluations.roundSetup.titel')}
        value={form.titel}
        onChange={(e) => set('titel', e.target.value)}
        {...fieldProps(t, errors, 'titel')}
      />
      <TextField
        multiline
        minRows={2}
        label={t('evaluations.roundSetup.toelichting')}
        value={form.toelichting}
        onChange={(e) => set('toelichting', e.target.value)}
        {...fieldProps(t, errors, 'toelichting')}
      />
      <HouseField houses={houses} round={round} value={form.regionId} onChange={(v) => set('regionId', v)}>
        {fieldProps(t, errors, 'regionId', t('evaluations.roundSetup.houseHint'))}
      </HouseField>
      <TextField
        select
        required
        disabled={answered}
        label={t('evaluations.roundSetup.template')}
        value={form.templateId}
        onChange={(e) => set('templateId', e.target.value)}
        slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        {...fieldProps(t, errors, 'templateId', t('evaluations.roundSetup.templateHint'))}
      >
        <option value="">{t('evaluations.roundSetup.chooseTemplate')}</option>
        {templates.map((template) => (
          <option key={template.id} value={template.id}>
            {t('evaluations.templateVersion', { titel: template.titel, versie: template.versie })}
          </option>
        ))}
      </TextField>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}>
        <DateField
          required
          label={t('evaluations.roundSetup.periodFrom')}
          value={form.periodFrom}
          onChange={(v) => set('periodFrom', v)}
          {...fieldProps(t, errors, 'periodFrom')}
        />
        <DateField
          required
          label={t('evaluations.roundSetup.periodTo')}
          value={form.periodTo}
          onChange={(v) => set('periodTo', v)}
          {...fieldProps(t, errors, 'periodTo')}
        />
      </Box>
      <Box component="fieldset" sx={{ border: 0, p: 0, m: 0 }}>
        <FormLabel component="legend">{t('evaluations.roundSetup.anonymity')}</FormLabel>
        <RadioGroup value={form.anonymity} onChange={(e) => set('anonymity', e.target.value as Anonymity)}>
          {ANONYMITY.map((a) => (
            <FormControlLabel
              key={a}
              value={a}
              disabled={answered}
              control={<Radio />}
              label={t('evaluations.roundSetup.anonymityOption', {
                name: t(`evaluations.anonymity.${a}`),
                help: t(`evaluations.roundSetup.anonymityHelp.${a}`),
              })}
            />
          ))}
        </RadioGroup>
      </Box>
      {/* A fieldset is at least as wide as its content unless told otherwise (min-width 0). */}
      <Box
        component="fieldset"
        sx={{ border: 0, p: 0, m: 0, minWidth: 0, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 1 }}
      >
        <FormLabel component="legend">{t('evaluations.roundSetup.targetGroups')}</FormLabel>
        <Typography variant="body2" color="text.secondary">
          {t('evaluations.roundSetup.targetGroupsHint')}
        </Typography>
        {choices(reference.data, 'partner').map((partner) => {
          const chosen = partner.code in form.groups;
          return (
            <Box key={partner.code} sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
              <FormControlLabel
                // Partners' fields in a column; below 600 px (320 at 400 % zoom) the window's width.
                sx={{ minWidth: { sm: 280 } }}
                control={
                  <Checkbox
                    checked={chosen}
                    onChange={(event) => {
                      const groups = { ...form.groups };
                      if (event.target.checked) groups[partner.code] = '';
                      else delete groups[partner.code];
                      set('groups', groups);
                    }}
                  />
                }
                label={partner.label}
              />
              {chosen ? (
                <TextField
                  size="small"
                  sx={{ width: 260 }}
                  label={t('evaluations.roundSetup.invited', { partner: partner.label })}
                  value={form.groups[partner.code]}
                  slotProps={{ htmlInput: { inputMode: 'numeric' } }}
                  onChange={(event) => set('groups', { ...form.groups, [partner.code]: event.target.value })}
                  {...groupError(partner.code)}
                />
              ) : null}
            </Box>
          );
        })}
        {errors.targetGroups ? (
          <Typography color="error" variant="body2">
            {t(`common:${errors.targetGroups.key}`, errors.targetGroups.params ?? {})}
          </Typography>
        ) : null}
      </Box>
      <Box sx={{ display: 'flex', gap: 2 }}>
        <Button type="submit" variant="contained" loading={saving} loadingPosition="start">
          {t('evaluations.roundSetup.save')}
        </Button>
      </Box>
    </Box>
  );
}

/**
 * The house the round is for: a select when the account may choose (several houses, or every
 * house), else a line naming its only house (chosen for it). A round of a house the account does
 * not hold never reaches this form (core answers NOT_FOUND).
 */
function HouseField({
  houses,
  round,
  value,
  onChange,
  children: field,
}: {
  houses: RoundHouses;
  round: RoundView | null;
  value: string;
  onChange: (value: string) => void;
  children: ReturnType<typeof fieldProps>;
}) {
  const { t } = useTranslation();
  const only = houses.houses.length === 1 && !houses.everyHouse ? houses.houses[0]! : null;
  if (only && (round === null || round.region?.id === only.id)) {
    return <Typography>{t('evaluations.roundSetup.houseOnly', { huis: only.naam })}</Typography>;
  }
  return (
    <TextField
      select
      required
      label={t('evaluations.roundSetup.house')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      {...field}
    >
      {value === '' ? <option value="">{t('evaluations.roundSetup.chooseHouse')}</option> : null}
      {houses.everyHouse || value === EVERY_HOUSE ? (
        <option value={EVERY_HOUSE}>{t('evaluations.house.all')}</option>
      ) : null}
      {houses.houses.map((house) => (
        <option key={house.id} value={house.id}>
          {house.naam}
        </option>
      ))}
    </TextField>
  );
}
