// Links an expert to the municipalities they support: checkboxes per ZVH region.
import {
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormLabel,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertView } from '../../../src-shared/ipc/experts';
import { call, type BridgeFailure } from '../../kit/bridge';
import { FormAlert } from '../../kit/forms';
import { useNotice } from '../../kit/notices';
import { useReferenceData } from '../lists';
import { gemeentenByRegion } from './experts';

export function LinkGemeentenDialog({ expert, onClose }: { expert: ExpertView; onClose: () => void }) {
  const { t } = useTranslation();
  const notice = useNotice();
  const queryClient = useQueryClient();
  const reference = useReferenceData().data;
  const [chosen, setChosen] = useState<Set<number>>(() => new Set(expert.gemeenten.map((g) => g.id)));
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
    <Dialog open onClose={onClose} aria-labelledby="koppel-titel" maxWidth="md" fullWidth>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <DialogTitle id="koppel-titel">{t('experts.list.linkTitle', { naam: expert.displayName })}</DialogTitle>
        <DialogContent>
          <FormAlert error={save.error} />
          <DialogContentText sx={{ mb: 2 }}>{t('experts.list.linkIntro')}</DialogContentText>
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
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{t('actions.cancel')}</Button>
          <Button type="submit" variant="contained" loading={save.isPending} loadingPosition="start">
            {t('actions.save')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
