// Team mode: the connection to the CTER server, always visible in the app bar ("Verbonden met
// cter.zvh.local" or "Geen verbinding"). Text and icon both change, not only the colour, and the
// text is a live region: a screen reader hears the connection go and come back. Nothing is shown
// on the workstation's own database (status.team is null). The session provider follows the
// `connection` event (features/session/SessionProvider).
import CloudDoneOutlined from '@mui/icons-material/CloudDoneOutlined';
import CloudOffOutlined from '@mui/icons-material/CloudOffOutlined';
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { describeServerAddress } from '../../src-shared/domain/server-address';
import { useSession } from '../kit/session';

export function ConnectionStatus() {
  const { t } = useTranslation();
  const team = useSession().status?.team ?? null;
  if (!team) return null;
  const Icon = team.connected ? CloudDoneOutlined : CloudOffOutlined;
  return (
    <Box
      role="status"
      aria-label={t('shell.connectionLabel')}
      sx={{
        display: 'flex',
        alignItems: 'center',
        gap: 0.75,
        px: 1.25,
        py: 0.5,
        borderRadius: 1,
        fontSize: '0.875rem',
        fontWeight: 600,
        whiteSpace: 'nowrap',
        // Lost: a light warning box with dark text, so it stands out also in greyscale.
        ...(team.connected
          ? { border: '1px solid rgba(255, 255, 255, 0.7)', color: 'inherit' }
          : { bgcolor: '#fff4e5', color: '#5f2b00', border: '1px solid #5f2b00' }),
      }}
    >
      <Icon fontSize="small" aria-hidden />
      <span>
        {team.connected ? t('shell.connected', { server: describeServerAddress(team) }) : t('shell.disconnected')}
      </span>
    </Box>
  );
}
