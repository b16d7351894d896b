// The print pattern: the preview is the PDF. A print view shows the document as A4 pages under a
// row of buttons: the sheet is laid out at the printed width with the print rules (global.css
// `.a4-sheet`, the same on screen and on paper), and paginate.ts shows where the printer will break
// it, as gaps between page boxes with the header and page number core prints. @media print hides
// the buttons, the application's chrome and the preview's page furniture, so core prints or saves
// exactly the sheet; core adds the page header ("Vertrouwelijk — <titel>") and the page numbers.
import { Box, Typography } from '@mui/material';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { PAGE_MM, clearSpacers, paginate } from './paginate';
import { useTranslation } from 'react-i18next';
import { useRegisterPrint } from '../commands';
import { usePageTitle } from '../usePageTitle';

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
  const sheet = useRef<HTMLElement>(null);
  const [pages, setPages] = useState(1);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  usePageTitle(title);
  useRegisterPrint(onPrint);
  useLayoutEffect(() => {
    const root = sheet.current;
    if (!root) return;
    const skip = (element: HTMLElement) => element.classList.contains('page-furniture');
    let timer: ReturnType<typeof setTimeout> | undefined;
    let applying = false;
    // Once the sheet has settled (a burst of changes lays it out once).
    const layOut = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        applying = true;
        setPages(paginate(root, skip));
        // The spacers' own changes are not a reason to lay out again.
        queueMicrotask(() => void (applying = false));
      }, 120);
    };
    layOut();
    const observer = new MutationObserver(() => {
      if (!applying) layOut();
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    // Only a change of width lays out again (the spacers change the height).
    let width = root.getBoundingClientRect().width;
    const resized = new ResizeObserver(() => {
      const now = root.getBoundingClientRect().width;
      if (now !== width && !applying) layOut();
      width = now;
    });
    resized.observe(root);
    void document.fonts?.ready.then(layOut);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
      resized.disconnect();
      clearSpacers(root);
    };
  }, []);
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
      <Box className="print-desk">
        <Box
          component="article"
          className="a4-sheet"
          aria-labelledby="afdruk-titel"
          ref={sheet}
          data-pages={pages}
          sx={{ minHeight: `${pages * PAGE_MM.height + (pages - 1) * PAGE_MM.gap}mm` }}
        >
          <Typography variant="h1" id="afdruk-titel" ref={heading} tabIndex={-1} sx={{ outline: 'none', mb: 2 }}>
            {title}
          </Typography>
          {children}
          {Array.from({ length: pages }, (_, page) => (
            <PageFurniture key={page} page={page} pages={pages} title={title} />
          ))}
        </Box>
      </Box>
    </Box>
  );
}

/** A page box's header, page number and the gap under it: the preview's, never printed. */
function PageFurniture({ page, pages, title }: { page: number; pages: number; title: string }) {
  const { t } = useTranslation();
  const top = page * (PAGE_MM.height + PAGE_MM.gap);
  return (
    <Box className="page-furniture no-print" aria-hidden sx={{ top: `${top}mm` }}>
      <span className="page-header">{`${t('common:print.confidential')} — ${title}`}</span>
      <span className="page-footer">{t('common:print.pageOf', { page: page + 1, total: pages })}</span>
      {page < pages - 1 ? <span className="page-gap" /> : null}
    </Box>
  );
}
