// The recovery key, large and in numbered groups, so it can be copied onto paper without error
// and the groups asked for later are easy to find. An ordered list: screen readers announce
// each group with its number.
import { Box } from '@mui/material';
import { useTranslation } from 'react-i18next';

export function RecoveryKeyGroups({
  recoveryKey,
  size = 'screen',
}: {
  recoveryKey: string;
  size?: 'screen' | 'paper';
}) {
  const { t } = useTranslation();
  const groups = recoveryKey.split('-');
  return (
    <Box
      component="ol"
      aria-label={t('setup.key.groupsLabel')}
      sx={{
        listStyle: 'none',
        p: 0,
        m: 0,
        display: 'grid',
        gridTemplateColumns: 'repeat(7, minmax(0, 1fr))',
        gap: size === 'paper' ? '6mm 3mm' : 1.5,
      }}
    >
      {groups.map((group, index) => (
        <Box
          component="li"
          key={index}
          sx={{
            textAlign: 'center',
            border: '1px solid #9aa3ad',
            borderRadius: 1,
            py: 0.75,
            backgroundColor: '#ffffff',
          }}
        >
          <Box component="span" aria-hidden sx={{ display: 'block', fontSize: '0.75rem', color: 'text.secondary' }}>
            {index + 1}
          </Box>
          <Box
            component="span"
            sx={{
              display: 'block',
              fontFamily: '"DejaVu Sans Mono", Consolas, "Courier New", monospace',
              fontSize: size === 'paper' ? '15pt' : '1.5rem',
              fontWeight: 600,
              letterSpacing: '0.12em',
            }}
          >
            {group}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
