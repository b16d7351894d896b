// Links an expert to the municipalities they support: checkboxes per ZVH region.
import { Box, Checkbox, FormControl, FormControlLabel, FormGroup, FormLabel } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertView } from '../../../src-shared/ipc/experts';
import { call, type BridgeFailure } from '../../kit/bridge';
import { FormDialog } from '../../kit/FormDialog';
import { useFormCheck } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useReferenceData } from '../lists';
import { gemeentenByRegion } from './experts';

export function LinkGemeentenDialog({ expert, onClose }: { expert: ExpertView; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const reference = useReferenceData().data;
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(expert.gemeenten.map((g) => g.id)));
  // Any choice may be saved, none too (the expert then supports no municipality).
  const check = useFormCheck({});
  const save = useMutation<ExpertView, BridgeFailure>({
    mutationFn: () => call('experts:assign', { accountId: expert.accountId, gemeenteIds: [...chosen] }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['experts:list'] });
      void queryClient.invalidateQueries({ queryKey: ['experts:overview'] });
      notice.success(t('experts.list.linked', { naam: expert.displayName, count: chosen.size }));
      onClose();
    },
  });
  const toggle = (id: number, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
  };
  return (
    <FormDialog
      title={t('experts.list.linkTitle', { naam: expert.displayName })}
      intro={t('experts.list.linkIntro')}
      submitLabel={t('actions.save')}
      check={check}
      send={save}
      onClose={onClose}
      maxWidth="md"
    >
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(3, 1fr)' } }}>
        {gemeentenByRegion(reference?.regions ?? [], reference?.gemeenten ?? []).map(({ region, gemeenten }) => (
          <FormControl key={region.id} component="fieldset">
            <FormLabel component="legend">{region.name}</FormLabel>
            <FormGroup>
              {gemeenten.map((gemeente) => (
                <FormControlLabel
                  key={gemeente.id}
                  control={
                    <Checkbox
                      size="small"
                      checked={chosen.has(gemeente.id)}
                      onChange={(event) => toggle(gemeente.id, event.target.checked)}
                    />
                  }
                  label={gemeente.name}
                />
              ))}
            </FormGroup>
          </FormControl>
        ))}
      </Box>
    </FormDialog>
  );
}
