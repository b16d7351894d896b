// Mijn werk: the start page with what is due for the person logged in.
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import { Box, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader';

export function MijnWerkPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('home.title')} intro={t('home.intro')} />
      <Paper variant="outlined" sx={{ p: 4, maxWidth: 720 }} component="section" aria-labelledby="mijn-werk-leeg">
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
          <TaskAltOutlined sx={{ fontSize: 40, color: 'success.main' }} aria-hidden />
          <Box>
            <Typography variant="h2" id="mijn-werk-leeg" sx={{ mb: 1 }}>
              {t('home.emptyTitle')}
            </Typography>
            <Typography color="text.secondary">{t('home.emptyBody')}</Typography>
          </Box>
        </Box>
      </Paper>
    </>
  );
}
