// A form's save button with, beside it, what the last save did ("Opgeslagen: …"). For a form that
// stays on its page after saving (Beleid): the confirmation stands where the user looks after
// pressing the button and covers nothing, where a notice at the bottom of the window lay over a
// field's hint at 1024×768. A save that closes a dialog or opens another page keeps its notice
// (kit/notices.tsx): there the form is gone. The status region is always there, so a screen
// reader announces the text when it appears; the owner clears it when the form changes again.
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import { Box, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';

export function SaveRow({ saved, children }: { saved: string | null; children: ReactNode }) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
      <Box sx={{ flexShrink: 0 }}>{children}</Box>
      <Box role="status" sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
        {saved ? (
          <>
            <CheckCircleOutlined aria-hidden fontSize="small" color="success" />
            <Typography variant="body2">{saved}</Typography>
          </>
        ) : null}
      </Box>
    </Stack>
  );
}
