// "Provincie: alle rondes van deze vragenlijst": one questionnaire version's rounds of a year, of
// every house the account may read, analysed together (core: evaluations/pool.ts). Read-only and
// always in the disclosure-controlled form: the same sections as a round, plus the rounds pooled
// and the figures per house (a house with fewer than three responses merged).
import { Alert, Box, Skeleton, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { formatDate } from '../../../src-shared/domain/format';
import { describeError, useBridgeQuery } from '../../kit/bridge';
import { PageHeader } from '../../kit/PageHeader';
import { AnalysisSections } from './AnalysisSections';
import { formatNumber } from './format';
import { Section } from './Section';
import { SimpleTable } from './SimpleTable';
import { askedYear, poolYears } from './pool';
import { partnersTable } from './tables';

export function ProvincePoolPage() {
  const { t } = useTranslation();
  const templateId = Number(useParams().templateId);
  const thisYear = new Date().getFullYear();
  const [params] = useSearchParams();
  const [asked] = useState(() => askedYear(params.get('jaar'), thisYear));
  const [year, setYear] = useState(asked);
  const pool = useBridgeQuery('evaluations:province', {
    templateId,
    periodFrom: `${year}-01-01`,
    periodTo: `${year}-12-31`,
  });
  const view = pool.data;
  const houseName = (key: string) => (key === 'alle' ? t('evaluations.house.all') : (view?.houseNames[key] ?? key));
  // The table per organisation, its rows houses; a merged row says "other houses".
  const housesTable = view ? partnersTable(t, { analysis: view.analysis, partners: view.houses }, houseName) : null;
  const houseRows = housesTable?.rows.map((row, i) => {
    const group = view!.houses[i]!;
    const names = group.partners.map(houseName).join(', ');
    return group.merged ? { ...row, label: t('evaluations.pool.merged', { names }) } : row;
  });

  return (
    <>
      <PageHeader
        title={t('evaluations.pool.title')}
        intro={
          view
            ? t('evaluations.pool.intro', {
                template: t('evaluations.templateVersion', {
                  titel: view.template.titel,
                  versie: view.template.versie,
                }),
                year,
              })
            : undefined
        }
      />
      <TextField
        select
        label={t('evaluations.pool.year')}
        value={year}
        onChange={(event) => setYear(Number(event.target.value))}
        slotProps={{ select: { native: true } }}
        sx={{ mb: 2, width: '16ch' }}
      >
        {poolYears(thisYear, asked).map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </TextField>
      <Alert severity="info" sx={{ mb: 2, maxWidth: '90ch' }}>
        {t('evaluations.pool.notice')}
      </Alert>
      {pool.error ? <Alert severity="error">{describeError(t, pool.error)}</Alert> : null}
      {pool.isPending ? <Skeleton variant="rectangular" height={320} /> : null}
      {view ? (
        <Box sx={{ display: 'grid', gap: 3 }}>
          <Section id="rondes" title={t('evaluations.pool.rounds')}>
            {view.rounds.length === 0 ? (
              <Typography>{t('evaluations.pool.noRounds')}</Typography>
            ) : (
              <SimpleTable
                caption={t('evaluations.pool.roundsTable')}
                rowHeader={t('evaluations.col.round')}
                columns={[t('evaluations.col.house'), t('evaluations.col.period'), t('evaluations.col.responses')]}
                rows={view.rounds.map((round) => ({
                  key: String(round.id),
                  label: round.titel,
                  cells: [
                    round.region?.naam ?? t('evaluations.house.all'),
                    t('evaluations.period', { from: formatDate(round.periodFrom), to: formatDate(round.periodTo) }),
                    formatNumber(round.responses),
                  ],
                }))}
              />
            )}
            {view.leftOut.length > 0 ? (
              <Typography sx={{ mt: 2, maxWidth: '75ch' }}>
                {t('evaluations.pool.leftOut', { rounds: view.leftOut.map((round) => round.titel).join(', ') })}
              </Typography>
            ) : null}
          </Section>
          <Section id="huizen" title={t('evaluations.pool.houses')}>
            <Typography sx={{ mb: 2, maxWidth: '75ch' }}>{t('evaluations.pool.housesExplain')}</Typography>
            {housesTable && houseRows ? (
              <SimpleTable
                {...housesTable}
                rows={houseRows}
                caption={t('evaluations.pool.housesTable')}
                rowHeader={t('evaluations.col.house')}
              />
            ) : null}
          </Section>
          <AnalysisSections view={view} />
        </Box>
      ) : null}
    </>
  );
}
