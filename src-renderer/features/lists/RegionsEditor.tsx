// Editing the ZVH regions and their municipalities: rename, add, move a municipality to another
// region, remove. Core removes only what nothing refers to; otherwise it refuses the whole change
// (REFERENCE_IN_USE), which is shown here with the name of what is in use.
// Edited and not saved, the rows outlive a lock (heldDrafts.ts).
import AddOutlined from '@mui/icons-material/AddOutlined';
import { Alert, Box, Button, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceData } from '../../../src-shared/ipc/lists';
import { BridgeFailure, call } from '../../kit/bridge';
import { FormAlert, submitHandler, useCheckOnSend } from '../../kit/forms';
import { changedValues, useDraftWork, useHeldDraft } from '../../kit/heldDraft';
import { useNotice } from '../../kit/notices';
import { moveGemeente, newKey, regionErrors, regionRows, regionsInput, type RegionRow } from './editing';
import { REGIONS_DRAFT_KEY } from './heldDrafts';
import { RegionCard } from './RegionCard';
import { focusedId, useFollowFocus } from '../../kit/useFollowFocus';

/** A refusal core explains better with the name of what is in use, or a duplicate name. */
function refusal(t: (key: string, params?: Record<string, unknown>) => string, error: unknown): string | null {
  if (!(error instanceof BridgeFailure)) return null;
  if (error.error.code === 'REFERENCE_IN_USE')
    return t('lists.regions.inUse', { name: error.error.params?.['name'] ?? '' });
  if (error.error.fields?.['regions']) return t(`common:${error.error.fields['regions'].key}`);
  return null;
}

export function RegionsEditor({ data }: { data: ReferenceData }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  // As stored, or as edited before a lock and not saved then; what counts as unsaved is what
  // differs from the rows last loaded or saved.
  const [start, setStart] = useState<RegionRow[]>(() => regionRows(data));
  const held = useHeldDraft<RegionRow[]>(REGIONS_DRAFT_KEY);
  const [rows, setRows] = useState<RegionRow[]>(held ?? start);
  useDraftWork(REGIONS_DRAFT_KEY, changedValues(rows, start));
  const check = useCheckOnSend(() => regionErrors(rows));
  const { errors, form } = check;
  const follow = useFollowFocus();

  const save = useMutation({
    mutationFn: () => call('lists:save-regions', { regions: regionsInput(rows) }),
    onSuccess: (saved) => {
      const stored = regionRows(saved);
      setRows(stored);
      setStart(stored);
      check.clear();
      queryClient.setQueryData(['lists:get', {}], saved);
      notice.success(t('lists.regions.saved'));
    },
  });

  const update = (next: RegionRow[]) => {
    setRows(next);
    check.clear();
  };
  const patchRegion = (key: string, patch: (region: RegionRow) => RegionRow) =>
    update(rows.map((region) => (region.key === key ? patch(region) : region)));
  const explained = refusal(t, save.error);

  return (
    <Box component="form" onSubmit={submitHandler(check, save)} noValidate ref={form} aria-labelledby="regios-titel">
      <Typography variant="h2" id="regios-titel" sx={{ mb: 1 }}>
        {t('lists.regions.title')}
      </Typography>
      <Typography sx={{ mb: 2, maxWidth: '80ch' }}>{t('lists.regions.intro')}</Typography>
      {explained ? (
        <Alert severity="error" role="alert" sx={{ mb: 2 }}>
          {explained}
        </Alert>
      ) : (
        <FormAlert error={save.error} />
      )}
      {rows.map((region, index) => (
        <RegionCard
          key={region.key}
          region={region}
          index={index}
          regions={rows}
          errors={errors}
          onRename={(name) => patchRegion(region.key, (r) => ({ ...r, name }))}
          onRenameGemeente={(key, name) =>
            patchRegion(region.key, (r) => ({
              ...r,
              gemeenten: r.gemeenten.map((g) => (g.key === key ? { ...g, name } : g)),
            }))
          }
          onMoveGemeente={(key, toRegionKey) => {
            update(moveGemeente(rows, key, toRegionKey));
            follow(focusedId());
          }}
          onRemoveGemeente={(key) => {
            patchRegion(region.key, (r) => ({ ...r, gemeenten: r.gemeenten.filter((g) => g.key !== key) }));
            follow(`regio-${region.key}-naam`);
          }}
          onAddGemeente={() => {
            const key = newKey('gemeente');
            patchRegion(region.key, (r) => ({ ...r, gemeenten: [...r.gemeenten, { key, name: '' }] }));
            follow(`gemeente-${key}-naam`);
          }}
          onRemove={() => {
            update(rows.filter((r) => r.key !== region.key));
            // The removed card took focus with it: land on the button that can bring a region back.
            follow('regio-toevoegen');
          }}
        />
      ))}
      <Box sx={{ display: 'flex', gap: 1, mt: 2, flexWrap: 'wrap' }}>
        <Button
          variant="outlined"
          startIcon={<AddOutlined aria-hidden />}
          data-focus-id="regio-toevoegen"
          onClick={() => {
            const key = newKey('regio');
            update([...rows, { key, name: '', gemeenten: [] }]);
            follow(`regio-${key}-naam`);
          }}
        >
          {t('lists.regions.add')}
        </Button>
        <Button
          onClick={() => {
            update(regionRows(data));
            save.reset();
          }}
        >
          {t('lists.undo')}
        </Button>
        <Box sx={{ flex: 1 }} />
        <Button type="submit" variant="contained" loading={save.isPending} loadingPosition="start">
          {t('lists.regions.save')}
        </Button>
      </Box>
    </Box>
  );
}
