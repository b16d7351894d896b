// Step Gegevenslocatie: where the encrypted database will live. The default is the application's
// data folder; "Andere map kiezen…" asks core to open the folder dialog (the renderer never
// makes up a path: core accepts only a folder chosen in its own dialog). A folder the
// administrator's policy fixes (`managed`) is shown as *Beheerd door uw organisatie*, without the
// choice (core refuses another folder: MANAGED_BY_POLICY).
import FolderOpenOutlined from '@mui/icons-material/FolderOpenOutlined';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call } from '../../../kit/bridge';
import { FormAlert } from '../../../kit/forms';
import { StepButtons } from './StepButtons';
import type { StepProps } from './types';

export function FolderStep({
  values,
  update,
  errors,
  defaultFolder,
  managed,
  onBack,
  onNext,
}: StepProps & { defaultFolder: string; managed: boolean; onBack: () => void; onNext: () => void }) {
  const { t } = useTranslation();
  const choose = useMutation({
    mutationFn: () => call('vault:choose-folder', {}),
    // Cancelling the dialog keeps the folder that was shown.
    onSuccess: ({ folder }) => folder && update({ folder }),
  });
  const folder = managed ? defaultFolder : (values.folder ?? defaultFolder);
  return (
    <Box>
      <Typography sx={{ mb: 2 }}>{t('setup.folder.intro')}</Typography>
      <Typography sx={{ mb: 1, fontWeight: 600 }}>
        {managed ? t('setup.folder.fixed') : values.folder ? t('setup.folder.chosen') : t('setup.folder.default')}
      </Typography>
      <Box
        component="code"
        sx={{
          display: 'block',
          p: 1.5,
          mb: 2,
          backgroundColor: '#f3f5f7',
          border: '1px solid',
          borderColor: 'divider',
          borderRadius: 1,
          overflowWrap: 'anywhere',
        }}
      >
        {folder}
      </Box>
      {errors['folder'] ? (
        <Alert severity="error" sx={{ mb: 2 }}>
          {t(`common:${errors['folder'].key}`)}
        </Alert>
      ) : null}
      <FormAlert error={choose.error} />
      {managed ? <Typography>{t('setup.folder.managed')}</Typography> : null}
      {managed ? null : (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
          <Button
            variant="outlined"
            startIcon={<FolderOpenOutlined aria-hidden />}
            onClick={() => choose.mutate()}
            loading={choose.isPending}
            loadingPosition="start"
          >
            {t('setup.folder.choose')}
          </Button>
          {values.folder ? (
            <Button onClick={() => update({ folder: null })}>{t('setup.folder.useDefault')}</Button>
          ) : null}
        </Stack>
      )}
      {managed ? null : (
        <Typography color="text.secondary" sx={{ mt: 3 }}>
          {t('setup.folder.advice')}
        </Typography>
      )}
      <StepButtons
        onBack={onBack}
        next={
          <Button variant="contained" onClick={onNext}>
            {t('setup.next')}
          </Button>
        }
      />
    </Box>
  );
}
