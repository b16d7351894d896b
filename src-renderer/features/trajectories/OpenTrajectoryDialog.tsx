// Opens a mentor trajectory: from a partner's direct aanmelding (partner, ZVH region, municipality,
// the mentee's first name and year of birth) or from a plan van aanpak intervention of type
// mentortraject (the casus supplies region, municipality and person). Then the new trajectory opens.
// Typed and not saved, the fields outlive a lock (kit/heldDraft; the list or the intervention's
// link opens the dialog again).
import { TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatDate, isoDay, parseDutchDate } from '../../../src-shared/domain/format';
import { openTrajectoryInput } from '../../../src-shared/ipc/trajectories';
import { call } from '../../kit/bridge';
import { DateField } from '../../kit/DateField';
import { FormDialog } from '../../kit/FormDialog';
import { FieldPair } from '../../kit/FormPanel';
import { fieldProps, useFormCheck, validate } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { choices, useReferenceData } from '../lists';
import { openingDraftKey, type TrajectorySource } from './heldDrafts';
import { useTrajectoryMutation } from './useTrajectoryMutation';
import { SelectField } from '../../kit/SelectField';

/** The dialog's fields as the user sees them (the date dd-mm-jjjj, the year as typed). */
interface OpeningFields {
  datum: string;
  partner: string;
  regionId: number | '';
  gemeenteId: number | '';
  roepnaam: string;
  geboortejaar: string;
}

export function OpenTrajectoryDialog({ source, onClose }: { source: TrajectorySource; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const navigate = useNavigate();
  const reference = useReferenceData().data;
  // Empty on today, or as typed before a lock and not saved then.
  const [start] = useState<OpeningFields>(() => ({
    datum: formatDate(isoDay(new Date())),
    partner: '',
    regionId: '',
    gemeenteId: '',
    roepnaam: '',
    geboortejaar: '',
  }));
  const draftKey = openingDraftKey(source);
  const first = useHeldDraft<OpeningFields>(draftKey) ?? start;
  const [datum, setDatum] = useState(first.datum);
  const [partner, setPartner] = useState(first.partner);
  const [regionId, setRegionId] = useState(first.regionId);
  const [gemeenteId, setGemeenteId] = useState(first.gemeenteId);
  const [roepnaam, setRoepnaam] = useState(first.roepnaam);
  const [geboortejaar, setGeboortejaar] = useState(first.geboortejaar);
  useDraftWork(
    draftKey,
    changedValues<OpeningFields>({ datum, partner, regionId, gemeenteId, roepnaam, geboortejaar }, start),
  );
  const aanmeldDatum = parseDutchDate(datum) ?? datum;
  const input =
    source.bron === 'casus_interventie'
      ? { bron: source.bron, caseActionId: source.caseActionId, aanmeldDatum, menteeRoepnaam: roepnaam }
      : {
          bron: source.bron,
          aanmelderPartner: partner,
          regionId: regionId === '' ? 0 : regionId,
          gemeenteId: gemeenteId === '' ? null : gemeenteId,
          aanmeldDatum,
          menteeRoepnaam: roepnaam,
          menteeGeboortejaar: geboortejaar.trim() === '' ? null : Number(geboortejaar),
        };
  const problems = validate(openTrajectoryInput, input);
  if (source.bron === 'aanmelding_partner' && regionId === '') problems.regionId = { key: 'validation.required' };
  if (source.bron === 'aanmelding_partner' && partner === '')
    problems.aanmelderPartner = { key: 'validation.required' };
  const check = useFormCheck(problems);
  const { errors } = check;
  const open = useTrajectoryMutation(
    () => call('trajectories:open', openTrajectoryInput.parse(input)),
    (view) => {
      notice.success(t('trajectories.open.done', { code: view.code }), { nextPage: true });
      onClose();
      void navigate(`/mentorproject/trajecten/${view.id}`);
    },
  );
  const gemeenten = (reference?.gemeenten ?? []).filter((g) => g.regionId === regionId);
  const title =
    source.bron === 'casus_interventie' ? t('trajectories.open.fromCaseTitle') : t('trajectories.open.title');
  return (
    <FormDialog
      title={title}
      intro={source.bron === 'casus_interventie' ? t('trajectories.open.fromCaseIntro') : t('trajectories.open.intro')}
      submitLabel={t('trajectories.open.submit')}
      check={check}
      send={open}
      onClose={onClose}
    >
      {source.bron === 'aanmelding_partner' ? (
        <>
          <SelectField
            label={t('trajectories.fields.aanmelder')}
            value={partner}
            onChange={(event) => setPartner(event.target.value)}
            required
            fullWidth
            {...fieldProps(t, errors, 'aanmelderPartner')}
            options={choices(reference, 'partner').map((value) => ({ value: value.code, label: value.label }))}
          />
          <FieldPair>
            <SelectField
              label={t('trajectories.fields.region')}
              value={regionId}
              onChange={(event) => {
                setRegionId(Number(event.target.value));
                setGemeenteId('');
              }}
              required
              fullWidth
              {...fieldProps(t, errors, 'regionId')}
              options={(reference?.regions ?? []).map((region) => ({ value: region.id, label: region.name }))}
            />
            <SelectField
              label={t('trajectories.fields.gemeente')}
              value={gemeenteId}
              onChange={(event) => setGemeenteId(event.target.value === '' ? '' : Number(event.target.value))}
              fullWidth
              disabled={regionId === ''}
              {...fieldProps(t, errors, 'gemeenteId')}
              empty={t('trajectories.fields.gemeenteNone')}
              options={gemeenten.map((gemeente) => ({ value: gemeente.id, label: gemeente.name }))}
            />
          </FieldPair>
        </>
      ) : null}
      <DateField
        label={t('trajectories.fields.aanmeldDatum')}
        value={datum}
        onChange={setDatum}
        required
        {...fieldProps(t, errors, 'aanmeldDatum')}
      />
      <FieldPair>
        <TextField
          label={t('trajectories.fields.roepnaam')}
          value={roepnaam}
          onChange={(event) => setRoepnaam(event.target.value)}
          fullWidth
          {...fieldProps(
            t,
            errors,
            'menteeRoepnaam',
            source.bron === 'casus_interventie' ? t('trajectories.fields.roepnaamFromCase') : undefined,
          )}
        />
        {source.bron === 'aanmelding_partner' ? (
          <TextField
            label={t('trajectories.fields.geboortejaar')}
            value={geboortejaar}
            onChange={(event) => setGeboortejaar(event.target.value)}
            fullWidth
            slotProps={{ htmlInput: { inputMode: 'numeric', maxLength: 4 } }}
            {...fieldProps(t, errors, 'menteeGeboortejaar')}
          />
        ) : null}
      </FieldPair>
    </FormDialog>
  );
}
