// F1 / ?: the list of keyboard shortcuts, read from the same table the key handler uses.
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import { MINUTES_SHORTCUTS } from '../features/meetings';
import { SHORTCUTS } from './shortcuts';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="sneltoetsen-titel" maxWidth="sm" fullWidth>
      <DialogTitle id="sneltoetsen-titel">{t('shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Table size="small" aria-labelledby="sneltoetsen-titel">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {t('shortcuts.keyColumn')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('shortcuts.actionColumn')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {SHORTCUTS.map((shortcut) => (
              <TableRow key={shortcut.label}>
                <TableCell>
                  {shortcut.keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 ? ` ${t('shortcuts.or')} ` : null}
                      <Box component="kbd" sx={kbd}>
                        {key}
                      </Box>
                    </span>
                  ))}
                </TableCell>
                <TableCell>{t(shortcut.label)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Typography variant="h3" id="sneltoetsen-notuleren" sx={{ fontSize: '1rem', mt: 3, mb: 1 }}>
          {t('shortcuts.minutesTitle')}
        </Typography>
        <Table size="small" aria-labelledby="sneltoetsen-notuleren">
          <TableHead>
            <TableRow>
              <TableCell component="th" scope="col">
                {t('shortcuts.keyColumn')}
              </TableCell>
              <TableCell component="th" scope="col">
                {t('shortcuts.actionColumn')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {MINUTES_SHORTCUTS.map((shortcut) => (
              <TableRow key={shortcut.label}>
                <TableCell>
                  <Box component="kbd" sx={kbd}>
                    {shortcut.keys}
                  </Box>
                </TableCell>
                <TableCell>{t(shortcut.label)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          {t('actions.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

const kbd = {
  fontFamily: 'inherit',
  fontSize: '0.875rem',
  border: '1px solid #9aa3ad',
  borderBottomWidth: 2,
  borderRadius: 1,
  px: 0.75,
  py: 0.125,
  backgroundColor: '#f7f8fa',
} as const;
