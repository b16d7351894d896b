// The persistent demo banner: whoever sees the screen (or a screenshot of it) knows these are
// fictitious records, never real people. Shown on every screen of a demo environment. In a narrow
// window its text wraps; what lies below the fixed app bar follows the bar's height (AppBarSpacer).
import ScienceOutlined from '@mui/icons-material/ScienceOutlined';
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSession } from './session';

export const DEMO_BANNER_HEIGHT = 40;

export function DemoBanner() {
  const { t } = useTranslation();
  const { status } = useSession();
  if (!status?.demo) return null;
  return (
    <Box
      className="demo-banner"
      sx={{
        minHeight: DEMO_BANNER_HEIGHT,
        py: 0.5,
        textAlign: 'center',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        gap: 1,
        px: 2,
        backgroundColor: '#ffd866',
        color: '#1b1f24',
        fontWeight: 700,
        borderBottom: '2px solid #8a5300',
      }}
    >
      <ScienceOutlined aria-hidden fontSize="small" />
      {t('demo.banner')}
    </Box>
  );
}
