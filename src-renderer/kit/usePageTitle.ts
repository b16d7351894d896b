// The window's title names the page that is open (WCAG 2.1 success criterion 2.4.2, Page titled):
// "Casussen – CTER Werkplaats". Electron shows the document's title as the window's, and a screen
// reader reads it when the user switches windows (the app, a PDF, the mail), so each window says
// what it holds. Whatever shows a page's level-1 heading calls this with the heading's text
// (PageHeader, the forms and screens before the shell); without one the title is the app's name.
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

export function usePageTitle(heading: string | null) {
  const { t } = useTranslation();
  useEffect(() => {
    if (!heading) return;
    document.title = t('shell.windowTitle', { page: heading });
    return () => {
      document.title = t('common:app.name');
    };
  }, [heading, t]);
}
