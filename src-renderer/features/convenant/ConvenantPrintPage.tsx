// /convenant/afdrukken[?artikel=7][&versie=3] — the whole covenant, or one article, as an A4 sheet.
// The covenant itself is not confidential, but printing goes through the one print service (and
// its reason), like every print.
import { Alert, Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import { PrintPage } from '../../kit/print/PrintPage';
import { SheetSection } from '../../kit/print/SheetParts';
import { ArticleText } from './ArticleText';
import { articlePath } from './text';
import { useConvenantVersion, versionParam } from './useConvenant';

export function ConvenantPrintPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const versionId = versionParam(params);
  const only = params.get('artikel');
  const convenant = useConvenantVersion(versionId);
  const data = convenant.data;
  const articles = data ? data.artikelen.filter((a) => only === null || a.nummer === only) : [];
  const title = data
    ? only
      ? t('convenant.print.articleTitle', { nummer: only, versie: data.versie })
      : t('convenant.print.title', { versie: data.versie })
    : t('convenant.reader.title');
  const numbers = new Set(data?.artikelen.map((a) => a.nummer) ?? []);
  return (
    <PrintPage
      title={title}
      back={{ to: only ? articlePath(only, versionId) : '/convenant', label: t('convenant.print.back') }}
      document="convenant"
      data={data}
      pending={convenant.isPending}
      error={convenant.error}
    >
      {(version) => (
        <>
          <Typography sx={{ mb: 2 }}>
            {t('convenant.print.meta', {
              titel: version.titel,
              versie: version.versie,
              datum: formatDate(version.ingangsdatum),
              status: t(`convenant.statuses.${version.status}`),
            })}
          </Typography>
          {only === null && version.begrippen.length ? (
            <SheetSection id="afdruk-begrippen" title={t('convenant.reader.begrippen')}>
              <Box component="dl" sx={{ m: 0, '& dt': { fontWeight: 700, mt: 1 }, '& dd': { ml: 0 } }}>
                {version.begrippen.map((b) => (
                  <Box key={b.term} sx={{ breakInside: 'avoid' }}>
                    <dt>{b.term}</dt>
                    <dd>{b.omschrijving}</dd>
                  </Box>
                ))}
              </Box>
            </SheetSection>
          ) : null}
          {articles.map((article) => (
            <SheetSection
              key={article.nummer}
              id={`afdruk-artikel-${article.nummer}`}
              title={t('convenant.reader.articleHeading', { nummer: article.nummer, titel: article.titel })}
              // An article is printed whole on one page (its last lid alone on the next read badly).
              keepTogether
            >
              <ArticleText
                article={article}
                begrippen={version.begrippen}
                articleNumbers={numbers}
                versionId={versionId}
                plain
              />
            </SheetSection>
          ))}
          {articles.length === 0 ? (
            <Alert severity="info">{t('convenant.reader.articleMissing', { nummer: only ?? '' })}</Alert>
          ) : null}
        </>
      )}
    </PrintPage>
  );
}
