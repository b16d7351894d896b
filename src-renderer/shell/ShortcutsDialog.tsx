// F1 / ?: the list of keyboard shortcuts, read from the same table the key handler uses.
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { InfoDialog } from '../kit/InfoDialog';
import { MINUTES_SHORTCUTS } from '../features/meetings';
import { SHORTCUTS } from './shortcuts';

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <InfoDialog open={open} onClose={onClose} titleId="sneltoetsen-titel" title={t('shortcuts.title')}>
      <ShortcutTable
        labelledBy="sneltoetsen-titel"
        rows={SHORTCUTS.map((shortcut) => ({
          label: shortcut.label,
          keys: shortcut.keys.map((key, index) => (
            <span key={key}>
              {index > 0 ? ` ${t('shortcuts.or')} ` : null}
              <Key>{key}</Key>
            </span>
          )),
        }))}
      />
      <Typography variant="h3" id="sneltoetsen-notuleren" sx={{ fontSize: '1rem', mt: 3, mb: 1 }}>
        {t('shortcuts.minutesTitle')}
      </Typography>
      <ShortcutTable
        labelledBy="sneltoetsen-notuleren"
        rows={MINUTES_SHORTCUTS.map((shortcut) => ({ label: shortcut.label, keys: <Key>{shortcut.keys}</Key> }))}
      />
    </InfoDialog>
  );
}

/** One table of shortcuts: the keys, and what they do (`label`, an i18n key). */
function ShortcutTable({ labelledBy, rows }: { labelledBy: string; rows: { label: string; keys: ReactNode }[] }) {
  const { t } = useTranslation();
  return (
    <Table size="small" aria-labelledby={labelledBy}>
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
        {rows.map((row) => (
          <TableRow key={row.label}>
            <TableCell>{row.keys}</TableCell>
            <TableCell>{t(row.label)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Key({ children }: { children: ReactNode }) {
  return (
    <Box component="kbd" sx={kbd}>
      {children}
    </Box>
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
