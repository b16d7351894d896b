// The frame every printable page shares: the print view (the A4 sheet under a row of buttons) with
// "back" on the left and "Afdrukken…" on the right, a placeholder while the document loads, the
// error if it does not, and the print dialog (reason, paper or PDF; core checks access, logs the
// disclosure and adds "Vertrouwelijk — <titel>" and the page numbers to every printed page).
// Ctrl+P and the menu's Afdrukken open the same dialog.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Button, Skeleton } from '@mui/material';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, type To } from 'react-router';
import { describeError } from '../bridge';
import { PrintDialog } from './PrintDialog';
import { PrintView } from './PrintView';

type PrintSubject = { type: 'casus' | 'persoon' | 'overleg'; id: number };

interface PrintPageProps<T> {
  /** The document's title: the sheet's heading, the PDF's page header and its file name. */
  title: string;
  /** Where "back" goes, and what it says. */
  back: { to: To; label: string };
  /** An identifier for the audit log, e.g. "casusoverzicht". */
  document: string;
  /** The casus, person or meeting the document is about (core checks access and logs it). */
  subject?: PrintSubject | null;
  /** The document's data; until it is there the sheet shows a placeholder and cannot be printed. */
  data: T | undefined;
  pending: boolean;
  error: unknown;
  /** More that must be loaded before printing (the data is there, but not yet all it refers to). */
  ready?: boolean;
  /** Buttons and switches between "back" and "Afdrukken…". */
  actions?: ReactNode;
  /** The print button's text, when it says more than "Afdrukken…". */
  printLabel?: string;
  /** The top of the sheet that does not wait for the data (the selection, who made it and when). */
  lead?: ReactNode;
  /** The document itself, once the data is there. */
  children: (data: T) => ReactNode;
}

export function PrintPage<T>({
  title,
  back,
  document,
  subject = null,
  data,
  pending,
  error,
  ready = true,
  actions,
  printLabel,
  lead,
  children,
}: PrintPageProps<T>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [printing, setPrinting] = useState(false);
  const openDialog = useCallback(() => setPrinting(true), []);
  return (
    <PrintView
      title={title}
      onPrint={openDialog}
      actions={
        <>
          <Button
            startIcon={<ArrowBackOutlined aria-hidden />}
            sx={{ mr: 'auto' }}
            onClick={() => void navigate(back.to)}
          >
            {back.label}
          </Button>
          {actions}
          <Button
            variant="contained"
            startIcon={<PrintOutlined aria-hidden />}
            onClick={openDialog}
            disabled={data === undefined || !ready}
          >
            {printLabel ?? t('printView.printWithReason')}
          </Button>
        </>
      }
    >
      {lead}
      {pending && !error ? <Skeleton variant="rectangular" height={320} /> : null}
      {error ? <Alert severity="error">{describeError(t, error)}</Alert> : null}
      {data === undefined ? null : children(data)}
      <PrintDialog
        open={printing}
        onClose={() => setPrinting(false)}
        document={document}
        title={title}
        subject={subject}
      />
    </PrintView>
  );
}
