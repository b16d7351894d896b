// The evaluation report of one round as an A4 document (the print pattern of app/print): a cover
// page, then the numbered chapters (EvaluationReportSections). Printing or saving as PDF goes
// through the print dialog (reason required, audited); core adds "Vertrouwelijk — <titel>" to
// every page header and the page numbers to every footer.
import { Box, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import type { EvaluationReport } from '../../../src-shared/ipc/evaluations';
import { useBridgeQuery } from '../../kit/bridge';
import { PrintPage } from '../../kit/print/PrintPage';
import { ConfidentialMark } from '../../kit/print/SheetParts';
import { listLabel, useReferenceData } from '../lists';
import { useSession } from '../../kit/session';
import { ComparisonChapter, ResultsChapter } from './EvaluationReportResults';
import {
  MethodChapter,
  OpenAnswersChapter,
  PartnersChapter,
  RecommendationsChapter,
  SummaryChapter,
} from './EvaluationReportSections';

/** "Deelnemers aan het informatieoverleg" -> "deelnemers aan het informatieoverleg" (for inside a sentence). */
function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

function Cover({ report }: { report: EvaluationReport }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { cover } = report;
  return (
    <Box
      sx={{
        breakAfter: 'page',
        display: 'flex',
        flexDirection: 'column',
        // The cover fills its page, on screen as on paper (the preview is the PDF).
        minHeight: '175mm',
      }}
    >
      <Typography sx={{ fontSize: '13pt', color: '#3d4650', mb: 4 }}>
        {t('evaluations.templateVersion', { titel: cover.templateTitel, versie: cover.templateVersie })}
      </Typography>
      <dl className="definition-list">
        <dt>{t('evaluationReport.cover.period')}</dt>
        <dd>{t('evaluations.period', { from: formatDate(cover.periodFrom), to: formatDate(cover.periodTo) })}</dd>
        <dt>{t('evaluationReport.cover.responses')}</dt>
        <dd>{report.summary.responses}</dd>
        <dt>{t('evaluationReport.cover.anonymity')}</dt>
        <dd>{t(`evaluations.anonymity.${report.method.anonymity}`)}</dd>
        <dt>{t('evaluationReport.cover.date')}</dt>
        <dd>{formatDate(cover.datum)}</dd>
        <dt>{t('evaluationReport.cover.madeBy')}</dt>
        <dd>{user?.displayName ?? ''}</dd>
      </dl>
      <Box sx={{ mt: 'auto', pt: 6 }}>
        <ConfidentialMark />
        {cover.voorbeeld ? (
          <Typography sx={{ fontWeight: 600, mb: 1 }}>{t('evaluationReport.cover.example')}</Typography>
        ) : null}
        <Typography variant="body2" sx={{ color: '#3d4650', maxWidth: '70ch' }}>
          {cover.doelgroep
            ? t('evaluationReport.cover.note', { doelgroep: lowerFirst(cover.doelgroep) })
            : t('evaluationReport.cover.noteGeneral', { template: cover.templateTitel })}
        </Typography>
      </Box>
    </Box>
  );
}

export function EvaluationReportPage() {
  const { t } = useTranslation();
  const roundId = Number(useParams().id);
  const report = useBridgeQuery('evaluations:report', { roundId, previousId: null });
  const reference = useReferenceData();
  const partnerName = (code: string) =>
    code === 'onbekend' ? t('evaluations.partnerUnknown') : listLabel(reference.data, 'partner', code);
  // A colon, not a dash: the title is also the PDF's file name.
  const title = t('evaluationReport.title', { titel: report.data?.cover.titel ?? '' });

  return (
    <Box
      sx={{
        // The document's title is the cover's: large, with room above it, like a report's front page.
        '& .a4-sheet > h1': { fontSize: '22pt', lineHeight: 1.2, color: '#1f4e79', mb: 1 },
        '& .a4-sheet > h1.MuiTypography-h1': { mt: '35mm' },
      }}
    >
      <PrintPage
        title={title}
        back={{ to: `/evaluaties/${roundId}`, label: t('evaluationReport.back') }}
        document={`evaluatierapport-${roundId}`}
        data={report.data}
        pending={report.isPending}
        error={report.error}
        ready={Boolean(reference.data)}
      >
        {(data) => (
          <>
            <Cover report={data} />
            <SummaryChapter report={data} />
            <MethodChapter report={data} partnerName={partnerName} />
            <ResultsChapter report={data} />
            <PartnersChapter report={data} partnerName={partnerName} />
            <ComparisonChapter report={data} />
            <OpenAnswersChapter report={data} />
            <RecommendationsChapter report={data} />
          </>
        )}
      </PrintPage>
    </Box>
  );
}
