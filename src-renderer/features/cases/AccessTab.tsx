// Partners en toegang: the ZVH-regio, the procesregisseur, the partners involved, and whether the
// casus is afgeschermd (visible to named accounts only). Accounts can be chosen from those the
// casus already names and the person logged in: the full list of accounts is the beheerder's.
// Changed and not saved, the choices outlive a lock with the dossier's version they were made over
// (kit/heldDraft; the dossier opens on this tab again).
import {
  Alert,
  Autocomplete,
  Box,
  Button,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
  MenuItem,
  Paper,
  Stack,
  Switch,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDossier } from '../../../src-shared/ipc/cases';
import type { ListValue } from '../../../src-shared/ipc/lists';
import { call } from '../../kit/bridge';
import { fieldProps, FormAlert, useFormCheck } from '../../kit/forms';
import { changedVersioned, useDraftWork, useHeldDraft, type Versioned } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { StaleNotice, useStaleVersion } from '../../kit/StaleNotice';
import { choices, useReferenceData } from '../lists';
import { useSession } from '../../kit/session';
import { useCaseEditing, useDossierMutation, useDossierReload } from './editing';
import { accessDraftKey } from './heldDrafts';
import { knownAccounts } from './knownAccounts';

/** The tab's choices as the form holds them. */
interface AccessFields {
  regionId: number;
  regisseurId: number | '';
  partners: string[];
  afgeschermd: boolean;
  named: number[];
}

/** The choices as the dossier stores them. */
function fieldsOf(dossier: CaseDossier): AccessFields {
  return {
    regionId: dossier.regionId,
    regisseurId: dossier.procesregisseur?.id ?? '',
    partners: dossier.partners,
    afgeschermd: dossier.afgeschermd,
    named: dossier.namedAccounts.map((a) => a.id),
  };
}

export function AccessTab({ dossier }: { dossier: CaseDossier }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const { user } = useSession();
  const reference = useReferenceData().data;
  const { mayEdit, canEdit } = useCaseEditing(dossier);
  const draftKey = accessDraftKey(dossier.id);
  const held = useHeldDraft<Versioned<AccessFields>>(draftKey);
  // The choices as last loaded or saved: what counts as unsaved is what differs from them.
  const [loaded, setLoaded] = useState(() => fieldsOf(dossier));
  const first = held?.values ?? loaded;
  const [regionId, setRegionId] = useState(first.regionId);
  const [regisseurId, setRegisseurId] = useState(first.regisseurId);
  const partnerChoices = choices(reference, 'partner').concat(
    (reference?.lists.partner ?? []).filter((p) => !p.active && dossier.partners.includes(p.code)),
  );
  const [partners, setPartners] = useState(first.partners);
  const [afgeschermd, setAfgeschermd] = useState(first.afgeschermd);
  const [named, setNamed] = useState(first.named);
  // The version this form loaded (before a lock too): sent with the save, so a colleague's later
  // save is not overwritten.
  const [version, setVersion] = useState(held ? held.version : dossier.version);
  const values: AccessFields = { regionId, regisseurId, partners, afgeschermd, named };
  useDraftWork(draftKey, changedVersioned(values, loaded, version));
  const stale = useStaleVersion(values);
  const reload = useDossierReload(dossier.id);
  const fill = (next: AccessFields) => {
    setRegionId(next.regionId);
    setRegisseurId(next.regisseurId);
    setPartners(next.partners);
    setAfgeschermd(next.afgeschermd);
    setNamed(next.named);
  };
  // Every choice here is from a list: only core can refuse one (a region outside the user's own).
  const { errors, form, passes, refused } = useFormCheck({});
  const accounts = knownAccounts(dossier, user);
  const readOnly = !canEdit;

  const save = useDossierMutation(
    dossier.id,
    () =>
      call('cases:update', {
        id: dossier.id,
        regionId,
        procesregisseurId: regisseurId === '' ? null : regisseurId,
        partners,
        afgeschermd,
        namedAccountIds: afgeschermd ? named : [],
        version,
      }),
    (result) => {
      // As core stored them (it names whoever shields the casus): nothing left unsaved.
      const saved = fieldsOf(result as CaseDossier);
      setLoaded(saved);
      fill(saved);
      setVersion((result as CaseDossier).version);
      notice.success(t('cases.access.saved'));
    },
  );
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.reset();
    stale.clear();
    if (passes()) save.mutate(undefined, { onError: (error) => stale.caught(error) || refused(error) });
  };
  const accountName = (account: (typeof accounts)[number]) =>
    account.me ? t('cases.access.me', { name: account.displayName }) : account.displayName;

  return (
    <Paper variant="outlined" component="section" aria-labelledby="toegang-kop" sx={{ p: 2, maxWidth: 760 }}>
      <Typography variant="h2" id="toegang-kop" sx={{ mb: 1 }}>
        {t('cases.access.heading')}
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        {t('cases.access.intro')}
      </Typography>
      <Box component="form" onSubmit={submit} noValidate ref={form}>
        <StaleNotice
          stale={stale}
          labels={{
            regionId: t('cases.access.region'),
            procesregisseurId: t('cases.access.regisseur'),
            partners: t('cases.access.partners'),
            afgeschermd: t('cases.access.afgeschermd'),
            namedAccountIds: t('cases.access.named'),
          }}
          show={(draft) => ({
            regionId: reference?.regions.find((r) => r.id === draft.regionId)?.name ?? '',
            procesregisseurId:
              draft.regisseurId === ''
                ? t('cases.access.noRegisseur')
                : (accounts.find((a) => a.id === draft.regisseurId)?.displayName ?? ''),
            partners: partnerChoices
              .filter((p) => draft.partners.includes(p.code))
              .map((p) => p.label)
              .join(', '),
            afgeschermd: draft.afgeschermd ? t('cases.access.staleShielded') : t('cases.access.staleOpen'),
            namedAccountIds: accounts
              .filter((a) => draft.named.includes(a.id))
              .map((a) => a.displayName)
              .join(', '),
          })}
          onReload={async () => {
            const latest = await reload();
            setLoaded(fieldsOf(latest));
            fill(fieldsOf(latest));
            setVersion(latest.version);
          }}
          onReapply={fill}
        />
        <FormAlert error={stale.state ? null : save.error} />
        <Stack spacing={2.5}>
          <TextField
            select
            label={t('cases.access.region')}
            value={regionId}
            onChange={(event) => setRegionId(Number(event.target.value))}
            disabled={readOnly}
            {...fieldProps(t, errors, 'regionId', t('cases.access.regionHint'))}
          >
            {(reference?.regions ?? []).map((region) => (
              <MenuItem key={region.id} value={region.id}>
                {region.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label={t('cases.access.regisseur')}
            value={regisseurId}
            onChange={(event) => setRegisseurId(event.target.value === '' ? '' : Number(event.target.value))}
            disabled={readOnly}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
            {...fieldProps(t, errors, 'procesregisseurId', t('cases.access.accountsHint'))}
          >
            <MenuItem value="">{t('cases.access.noRegisseur')}</MenuItem>
            {accounts.map((account) => (
              <MenuItem key={account.id} value={account.id}>
                {accountName(account)}
              </MenuItem>
            ))}
          </TextField>
          <Autocomplete
            multiple
            options={partnerChoices}
            value={partnerChoices.filter((value) => partners.includes(value.code))}
            onChange={(_event, value: ListValue[]) => setPartners(value.map((v) => v.code))}
            getOptionLabel={(option) => option.label}
            isOptionEqualToValue={(option, value) => option.code === value.code}
            disableCloseOnSelect
            autoHighlight
            disabled={readOnly}
            renderInput={(params) => (
              <TextField {...params} label={t('cases.access.partners')} {...fieldProps(t, errors, 'partners')} />
            )}
          />
          <FormControlLabel
            control={
              <Switch
                checked={afgeschermd}
                onChange={(event) => setAfgeschermd(event.target.checked)}
                disabled={readOnly}
              />
            }
            label={t('cases.access.afgeschermd')}
          />
          {afgeschermd ? (
            <>
              <Alert severity="info">{t('cases.access.afgeschermdExplain')}</Alert>
              <FormControl component="fieldset" disabled={readOnly}>
                <FormLabel component="legend">{t('cases.access.named')}</FormLabel>
                <FormGroup>
                  {accounts.map((account) => (
                    <FormControlLabel
                      key={account.id}
                      label={accountName(account)}
                      control={
                        <Checkbox
                          checked={named.includes(account.id) || account.me}
                          // Whoever shields a casus keeps seeing it: core adds them anyway.
                          disabled={account.me}
                          onChange={(event) =>
                            setNamed(
                              event.target.checked ? [...named, account.id] : named.filter((id) => id !== account.id),
                            )
                          }
                        />
                      }
                    />
                  ))}
                </FormGroup>
              </FormControl>
            </>
          ) : null}
        </Stack>
        {mayEdit ? (
          <Button
            type="submit"
            variant="contained"
            sx={{ mt: 2 }}
            disabled={readOnly}
            loading={save.isPending}
            loadingPosition="start"
          >
            {t('actions.save')}
          </Button>
        ) : null}
      </Box>
    </Paper>
  );
}
