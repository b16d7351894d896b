// /convenant, /convenant/artikel/:nummer, /convenant/begrippen — the covenant reader: its table of
// contents, one article (or the begrippen) at a time, search as you type, the version shown
// (?versie=, default the current one) and the way to print, compare and "Mag ik dit delen?".
// A result chosen in the search opens its article with the focus and the window on the article's
// heading: the results stay above it, and the page's own heading (which takes the focus on every
// new address) would leave the keyboard at the top with the answer out of sight.
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import {
  Alert,
  Box,
  Button,
  Chip,
  Link,
  List,
  ListItem,
  ListItemButton,
  MenuItem,
  Skeleton,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import type { ConvenantSearchHit } from '../../../src-shared/ipc/convenant';
import { describeError } from '../../kit/bridge';
import { PageHeader } from '../../kit/PageHeader';
import { useReferenceData } from '../lists';
import { APP_BAR_CLEARANCE } from '../../kit/AppBarSpacer';
import { ArticleText } from './ArticleText';
import { ConvenantSearch } from './ConvenantSearch';
import { tagLabels } from './labels';
import { articlePath } from './text';
import { useConvenantVersion, useConvenantVersions, versionParam } from './useConvenant';

/** A heading the search moves to: no outline of its own, and clear of the app bar when scrolled to. */
const CHOSEN_HEADING = { mb: 2, outline: 'none', scrollMarginTop: APP_BAR_CLEARANCE };

export function ConvenantReaderPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname, key } = useLocation();
  const [params] = useSearchParams();
  const nummer = useParams()['nummer'] ?? null;
  const versionId = versionParam(params);
  const convenant = useConvenantVersion(versionId);
  const versions = useConvenantVersions().data ?? [];
  const reference = useReferenceData().data;
  const showBegrippen = pathname.endsWith('/begrippen');
  const suffix = versionId ? `?versie=${versionId}` : '';
  // A search result was chosen: its heading takes the focus once it is shown. This runs after the
  // page heading's own focus on the new address (a child's effect runs first), so it wins.
  const focusChosen = useRef(false);
  useEffect(() => {
    if (!focusChosen.current) return;
    const heading = document.getElementById(showBegrippen ? 'begrippen-kop' : 'artikel-kop');
    if (!heading) return;
    focusChosen.current = false;
    heading.focus({ preventScroll: true });
    heading.scrollIntoView({ block: 'start' });
  }, [key, showBegrippen, convenant.isPending]);

  if (convenant.isPending) return <Skeleton variant="rectangular" height={400} />;
  if (convenant.isError) return <Alert severity="error">{describeError(t, convenant.error)}</Alert>;
  const data = convenant.data;
  const numbers = new Set(data.artikelen.map((a) => a.nummer));
  const index = nummer === null ? (showBegrippen ? -1 : 0) : data.artikelen.findIndex((a) => a.nummer === nummer);
  const article = index >= 0 ? data.artikelen[index] : undefined;

  const choose = (hit: ConvenantSearchHit) => {
    focusChosen.current = true;
    void navigate(hit.kind === 'artikel' ? articlePath(hit.ref, versionId) : `/convenant/begrippen${suffix}`);
  };

  return (
    <>
      <PageHeader
        title={t('convenant.reader.title')}
        intro={t('convenant.reader.intro', {
          titel: data.titel,
          versie: data.versie,
          datum: formatDate(data.ingangsdatum),
          status: t(`convenant.statuses.${data.status}`),
        })}
        actions={
          <>
            <Button component={RouterLink} to="/convenant/delen">
              {t('convenant.share.title')}
            </Button>
            <Button component={RouterLink} to="/convenant/vergelijken">
              {t('convenant.compare.title')}
            </Button>
            <Button
              variant="outlined"
              startIcon={<PrintOutlined aria-hidden />}
              component={RouterLink}
              to={`/convenant/afdrukken${suffix}`}
            >
              {t('convenant.reader.printAll')}
            </Button>
          </>
        }
      />
      {data.status !== 'vastgesteld' ? (
        <Alert severity="warning" sx={{ mb: 2, maxWidth: 900 }}>
          {t('convenant.reader.notCurrent', { status: t(`convenant.statuses.${data.status}`) })}
        </Alert>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '300px 1fr' }, gap: 3, alignItems: 'start' }}>
        <Box component="nav" aria-labelledby="inhoudsopgave">
          {versions.length > 1 ? (
            <TextField
              select
              size="small"
              fullWidth
              label={t('convenant.reader.version')}
              value={versionId ?? ''}
              onChange={(event) => {
                const value = event.target.value;
                void navigate(`${pathname}${value ? `?versie=${value}` : ''}`);
              }}
              sx={{ mb: 2 }}
            >
              <MenuItem value="">{t('convenant.reader.currentVersion')}</MenuItem>
              {versions.map((version) => (
                <MenuItem key={version.id} value={version.id}>
                  {t('convenant.reader.versionOption', {
                    versie: version.versie,
                    status: t(`convenant.statuses.${version.status}`),
                  })}
                </MenuItem>
              ))}
            </TextField>
          ) : null}
          <Typography variant="h2" id="inhoudsopgave" sx={{ fontSize: '1.125rem', mb: 1 }}>
            {t('convenant.reader.contents')}
          </Typography>
          <List
            dense
            sx={{
              border: 1,
              borderColor: 'divider',
              borderRadius: 1,
              bgcolor: 'background.paper',
              maxHeight: '70vh',
              overflow: 'auto',
            }}
          >
            {data.begrippen.length ? (
              <ListItem disablePadding>
                <ListItemButton
                  component={RouterLink}
                  to={`/convenant/begrippen${suffix}`}
                  selected={showBegrippen}
                  aria-current={showBegrippen ? 'page' : undefined}
                >
                  {t('convenant.reader.begrippen')}
                </ListItemButton>
              </ListItem>
            ) : null}
            {data.artikelen.map((a, i) => (
              <ListItem key={a.nummer} disablePadding>
                <ListItemButton
                  component={RouterLink}
                  to={articlePath(a.nummer, versionId)}
                  selected={i === index}
                  aria-current={i === index ? 'page' : undefined}
                >
                  {t('convenant.reader.tocItem', { nummer: a.nummer, titel: a.titel })}
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        </Box>
        <Box sx={{ minWidth: 0, maxWidth: 900 }}>
          <Box role="search" aria-label={t('convenant.search.label')} sx={{ mb: 3 }}>
            <ConvenantSearch versionId={versionId} onChoose={choose} feedback />
          </Box>
          {showBegrippen ? (
            <Box component="section" aria-labelledby="begrippen-kop">
              <Typography variant="h2" id="begrippen-kop" tabIndex={-1} sx={CHOSEN_HEADING}>
                {t('convenant.reader.begrippen')}
              </Typography>
              <Box component="dl" sx={{ m: 0, '& dt': { fontWeight: 700, mt: 1.5 }, '& dd': { ml: 0 } }}>
                {data.begrippen.map((b) => (
                  <Box key={b.term}>
                    <dt>{b.term}</dt>
                    <dd>{b.omschrijving}</dd>
                  </Box>
                ))}
              </Box>
            </Box>
          ) : article ? (
            <Box component="article" aria-labelledby="artikel-kop">
              <Typography variant="h2" id="artikel-kop" tabIndex={-1} sx={{ ...CHOSEN_HEADING, mb: 1 }}>
                {t('convenant.reader.articleHeading', { nummer: article.nummer, titel: article.titel })}
              </Typography>
              <Box
                sx={{ display: 'flex', gap: 0.75, flexWrap: 'wrap', mb: 2 }}
                aria-label={t('convenant.reader.tags')}
                role="list"
              >
                {tagLabels(t, reference, article.tags).map((label) => (
                  <Chip key={label} label={label} size="small" variant="outlined" role="listitem" />
                ))}
              </Box>
              <ArticleText
                article={article}
                begrippen={data.begrippen}
                articleNumbers={numbers}
                versionId={versionId}
              />
              <Box sx={{ display: 'flex', gap: 2, mt: 3, flexWrap: 'wrap', alignItems: 'center' }}>
                {index > 0 ? (
                  <Link component={RouterLink} to={articlePath(data.artikelen[index - 1]!.nummer, versionId)}>
                    {t('convenant.reader.previous', { nummer: data.artikelen[index - 1]!.nummer })}
                  </Link>
                ) : null}
                {index < data.artikelen.length - 1 ? (
                  <Link component={RouterLink} to={articlePath(data.artikelen[index + 1]!.nummer, versionId)}>
                    {t('convenant.reader.next', { nummer: data.artikelen[index + 1]!.nummer })}
                  </Link>
                ) : null}
                <Button
                  sx={{ ml: 'auto' }}
                  startIcon={<PrintOutlined aria-hidden />}
                  component={RouterLink}
                  to={`/convenant/afdrukken?artikel=${encodeURIComponent(article.nummer)}${versionId ? `&versie=${versionId}` : ''}`}
                >
                  {t('convenant.reader.printArticle')}
                </Button>
              </Box>
            </Box>
          ) : (
            <Alert severity="info">{t('convenant.reader.articleMissing', { nummer: nummer ?? '' })}</Alert>
          )}
        </Box>
      </Box>
    </>
  );
}
