// The start page for an account without a case role (beheerder, evaluator): a welcome, what the
// role does next (RoleNext: admin tasks, evaluation rounds) and the parts of the application this
// account can use, read from the same navigation as the menu (the
// shell hands it down through kit/routes). Case data is never fetched here: core would refuse it,
// and these roles do not need it.
import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import { PageHeader } from '../../kit/PageHeader';
import { useNavigation, visibleNavigation } from '../../kit/routes';
import { useSession } from '../../kit/session';
import { RoleNext } from './RoleNext';

export function StartPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const entries = visibleNavigation(useNavigation(), user).filter((entry) => entry.path !== '/');
  return (
    <>
      <PageHeader title={t('home.title')} intro={t('home.start.intro', { name: user?.displayName ?? '' })} />
      <RoleNext />
      <Box component="section" aria-labelledby="start-taken">
        <Typography variant="h2" id="start-taken" sx={{ mb: 2 }}>
          {t('home.start.tasks')}
        </Typography>
        {entries.length === 0 ? (
          <Typography color="text.secondary">{t('home.start.nothing')}</Typography>
        ) : (
          <Box
            component="ul"
            sx={{
              listStyle: 'none',
              p: 0,
              m: 0,
              display: 'grid',
              gap: 2,
              gridTemplateColumns: 'repeat(auto-fill, minmax(min(260px, 100%), 1fr))',
              // Every row as tall as the tallest tile: even tiles, whatever each description's length.
              gridAutoRows: '1fr',
              maxWidth: 1100,
            }}
          >
            {entries.map((entry) => {
              const Icon = entry.icon;
              // A description is optional: an entry added later still shows with its name.
              const description = `home.start.descriptions.${entry.path.replace(/^\//, '').replace(/\//g, '-')}`;
              return (
                <li key={entry.path}>
                  <Card variant="outlined" sx={{ height: '100%' }}>
                    <CardActionArea component={RouterLink} to={entry.path} sx={{ height: '100%' }}>
                      <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
                        <Icon aria-hidden sx={{ color: 'primary.main', mt: 0.25 }} />
                        <Box>
                          <Typography component="span" sx={{ fontWeight: 600, display: 'block' }}>
                            {t(entry.label)}
                          </Typography>
                          {i18n.exists(description) ? (
                            <Typography component="span" variant="body2" color="text.secondary">
                              {t(description)}
                            </Typography>
                          ) : null}
                        </Box>
                      </CardContent>
                    </CardActionArea>
                  </Card>
                </li>
              );
            })}
          </Box>
        )}
      </Box>
    </>
  );
}
