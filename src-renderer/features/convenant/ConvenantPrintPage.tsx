// /convenant/afdrukken[?artikel=7][&versie=3] — the whole covenant, or one article, as an A4 sheet.
// The covenant itself is not confidential, but printing goes through the one print service (and
// its reason), like every print.
import ArrowBackOutlined from '@mui/icons-material/ArrowBackOutlined';
import PrintOutlined from '@mui/icons-material/PrintOutlined';
import { Alert, Box, Button, Skeleton, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import { describeError } from '../../kit/bridge';
import { PrintDialog } from '../../kit/print/PrintDialog';
import { PrintView } from '../../kit/print/PrintView';
import { SheetSection } from '../../kit/print/SheetParts';
import { ArticleText } from './ArticleText';
import { articlePath } from './text';
import { useConvenantVersion, versionParam } from './useConvenant';

export function ConvenantPrintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const versionId = versionParam(params);
  const only = params.get('artikel');
  const convenant = useConvenantVersion(versionId);
  const [printing, setPrinting] = useState(false);
  const openDialog = useCallback(() => setPrinting(true), [setPrinting]);
  const data = convenant.data;
  const articles = data ? data.artikelen.filter((a) => only === null || a.nummer === only) : [];
  const title = data
    ? only
      ? t('convenant.print.articleTitle', { nummer: only, versie: data.versie })
      : t('convenant.print.title', { versie: data.versie })
    : t('convenant.reader.title');
  const numbers = new Set(data?.artikelen.map((a) => a.nummer) ?? []);
  return (
    <PrintView
      title={title}
      onPrint={openDialog}
      actions={
        <>
          <Button
            startIcon={<ArrowBackOutlined aria-hidden />}
            sx={{ mr: 'auto' }}
            onClick={() => void navigate(only ? articlePath(only, versionId) : '/convenant')}
          >
            {t('convenant.print.back')}
          </Button>
          <Button variant="contained" startIcon={<PrintOutlined aria-hidden />} onClick={openDialog} disabled={!data}>
            {t('printView.printWithReason')}
          </Button>
        </>
      }
    >
      {convenant.isPending ? <Skeleton variant="rectangular" height={320} /> : null}
      {convenant.isError ? <Alert severity="error">{describeError(t, convenant.error)}</Alert> : null}
      {data ? (
        <>
          <Typography sx={{ mb: 2 }}>
            {t('convenant.print.meta', {
              titel: data.titel,
              versie: data.versie,
              datum: formatDate(data.ingangsdatum),
              status: t(`convenant.statuses.${data.status}`),
            })}
          </Typography>
          {only === null && data.begrippen.length ? (
            <SheetSection id="afdruk-begrippen" title={t('convenant.reader.begrippen')}>
              <Box component="dl" sx={{ m: 0, '& dt': { fontWeight: 700, mt: 1 }, '& dd': { ml: 0 } }}>
                {data.begrippen.map((b) => (
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
            >
              <ArticleText
                article={article}
                begrippen={data.begrippen}
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
      ) : null}
      <PrintDialog open={printing} onClose={() => setPrinting(false)} document="convenant" title={title} />
    </PrintView>
  );
}
