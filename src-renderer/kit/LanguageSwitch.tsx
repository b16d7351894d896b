// Nederlands / English. The choice is stored by core (app:set-locale) so the next start, the
// menu and printed documents follow it. A language the administrator's policy fixes cannot be
// switched: the buttons are disabled and say why. In a narrow window the app bar offers the same
// choice in its "Meer" menu (shell/MoreMenu), through useLanguageChoice.
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LOCALES, isLocale, type Locale } from '../../src-shared/domain/locale';
import { changeLocale } from '../i18n';
import { call, useBridgeQuery } from './bridge';
import { useNotice } from './notices';

/** The language shown, whether the policy fixes it, and the switch to another. */
export function useLanguageChoice(): { language: string; managed: boolean; choose: (locale: Locale) => void } {
  const { i18n } = useTranslation();
  const notice = useNotice();
  const managed = useBridgeQuery('app:info', {}).data?.managed.includes('language') ?? false;
  const change = useMutation({
    // The texts of a language not shown yet are fetched before the switch (i18n/index.ts).
    mutationFn: async (locale: Locale) => {
      const stored = await call('app:set-locale', { locale });
      await changeLocale(stored.locale);
      return stored;
    },
    onError: (error) => notice.error(error),
  });
  return { language: i18n.language, managed, choose: (locale) => change.mutate(locale) };
}

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language, managed, choose } = useLanguageChoice();
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={language}
      disabled={managed}
      aria-label={t('language.label')}
      {...(managed ? { title: t('language.managed') } : {})}
      onChange={(_event, value: unknown) => {
        if (isLocale(value)) choose(value);
      }}
      sx={{
        '& .MuiToggleButton-root': { color: '#ffffff', borderColor: 'rgba(255,255,255,0.6)', px: 1.25, py: 0.25 },
        '& .MuiToggleButton-root.Mui-selected': { color: '#14365d', backgroundColor: '#ffffff' },
        '& .MuiToggleButton-root.Mui-selected:hover': { backgroundColor: '#e8edf3' },
      }}
    >
      {LOCALES.map((locale) => (
        // Each language is named in itself, so a reader of either language finds their own.
        <ToggleButton key={locale} value={locale} lang={locale}>
          {t(`language.${locale}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
