// The print pattern: what is printed is what is on screen. A print view shows the document as an
// A4 sheet under a row of buttons; @media print (global.css) hides the buttons and all of the
// application's chrome, so core prints or saves exactly the sheet. Core adds the page header
// ("Vertrouwelijk — <titel>") and the page numbers.
import { Box, Typography } from '@mui/material';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterPrint } from '../commands';

interface PrintViewProps {
  /** The document's title: the sheet's heading, and what screen readers hear first. */
  title: string;
  /** Buttons above the sheet (back, print, save as PDF); never printed. */
  actions: ReactNode;
  /** What Ctrl+P and the menu's Afdrukken do while the view is shown. */
  onPrint: () => void;
  children: ReactNode;
}

export function PrintView({ title, actions, onPrint, children }: PrintViewProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  useRegisterPrint(onPrint);
  return (
    <Box className="print-view">
      <Box
        className="no-print"
        component="section"
        aria-label={t('printView.actionsLabel')}
        sx={{ maxWidth: '210mm', mx: 'auto', mb: 2 }}
      >
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'flex-end' }}>{actions}</Box>
        <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary' }}>
          {t('printView.intro')}
        </Typography>
      </Box>
      <Box component="article" className="a4-sheet" aria-labelledby="afdruk-titel">
        <Typography variant="h1" id="afdruk-titel" ref={heading} tabIndex={-1} sx={{ outline: 'none', mb: 2 }}>
          {title}
        </Typography>
        {children}
      </Box>
    </Box>
  );
}
