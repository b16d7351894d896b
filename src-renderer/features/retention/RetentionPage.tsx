// Beheer > Bewaartermijn: what has been kept longer than the retention period. First the closed
// cases: the beheerder selects some or all and destroys them; what remains is anonymous statistics,
// so the figures for those years stay the same. Then the mentor trajectories from a partner's
// aanmelding (one from a casus goes with its casus): anonymised, their figures stay. The result says
// how much went and what was kept. Last, the copies of the database the application knows of: they
// still hold what was destroyed before they were made.
import { Alert, Box, Paper, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../src-shared/domain/format';
import type { DueCase, DueTrajectory } from '../../../src-shared/ipc/retention';
import { useBridgeQuery } from '../../kit/bridge';
import { PageHeader } from '../../kit/PageHeader';
import type { DestroyOutcome } from './DestroyDialog';
import { DueSection } from './DueSection';
import { KnownCopies } from './KnownCopies';

/** "2031-11-29" -> "29-11-2031" without a Date: no time zone can move a calendar day. */
function day(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}-${match[2]}-${match[1]}` : formatDate(iso);
}

export function RetentionPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // What is due changes with the date and with every closure: always read it afresh.
  const cases = useBridgeQuery('retention:due', {}, { staleTime: 0 });
  const trajectories = useBridgeQuery('retention:due-trajectories', {}, { staleTime: 0 });
  const copies = useBridgeQuery('retention:copies', {}, { staleTime: 0 });
  const [result, setResult] = useState<DestroyOutcome | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) resultRef.current?.focus();
  }, [result]);

  const done = (outcome: DestroyOutcome) => {
    setResult(outcome);
    for (const key of [
      'retention:due',
      'retention:due-trajectories',
      'retention:due-count',
      'retention:copies',
      'figures:dashboard',
      'mentoring:dashboard',
    ]) {
      void queryClient.invalidateQueries({ queryKey: [key] });
    }
  };

  return (
    <>
      <PageHeader title={t('retention.title')} intro={t('retention.intro')} />
      {result ? (
        <Alert severity="success" role="status" ref={resultRef} tabIndex={-1} sx={{ mb: 2, maxWidth: 760 }}>
          <Typography sx={{ fontWeight: 600 }}>{t('retention.result.title')}</Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {result.cases > 0 ? (
              <>
                <li>{t('retention.result.cases', { count: formatNumber(result.cases) })}</li>
                <li>{t('retention.result.persons', { count: formatNumber(result.persons) })}</li>
                <li>{t('retention.result.records', { count: formatNumber(result.records) })}</li>
              </>
            ) : null}
            {result.trajectories > 0 ? (
              <li>{t('retention.result.trajectories', { count: formatNumber(result.trajectories) })}</li>
            ) : null}
            {result.copiesDeleted ? (
              <li>{t('retention.result.copies', { count: formatNumber(result.copiesDeleted) })}</li>
            ) : null}
            {result.copiesDeleted === null ? <li>{t('retention.result.copiesFailed')}</li> : null}
          </Box>
        </Alert>
      ) : null}
      <DueSection<DueCase>
        kind="cases"
        headingId="bewaartermijn-lijst"
        title={t('retention.listTitle')}
        due={cases}
        name={(row) => row.number}
        nameHeader={t('retention.columns.number')}
        columns={[
          { key: 'closedAt', header: t('retention.columns.closedAt'), cell: (row) => formatDate(row.closedAt) },
          {
            key: 'until',
            header: t('retention.columns.retentionUntil'),
            cell: (row) => day(row.retentionUntil),
            priority: 2,
          },
          {
            key: 'outcome',
            header: t('retention.columns.outcome'),
            cell: (row) => (row.outcome ? t(`common:caseOutcomes.${row.outcome}`) : t('retention.noOutcome')),
            priority: 3,
          },
          { key: 'region', header: t('retention.columns.region'), cell: (row) => row.region, priority: 3 },
          {
            key: 'person',
            header: t('retention.columns.person'),
            cell: (row) => (row.personKept ? t('retention.personKept') : t('retention.personRemoved')),
          },
        ]}
        selectAllLabel={t('retention.selectAll')}
        selectLabel={(row) => t('retention.select', { number: row.number })}
        empty={t('retention.empty')}
        button={(count) => t('retention.destroy', { count })}
        texts={(count) => ({
          title: t('retention.dialog.title', { count }),
          points: [
            t('retention.dialog.removed'),
            t('retention.dialog.persons'),
            t('retention.dialog.minutes'),
            t('retention.dialog.remains'),
          ],
          chosen: (numbers) => t('retention.dialog.cases', { numbers }),
          chosenMore: (numbers, more) => t('retention.dialog.casesMore', { numbers, more }),
          hint: t('retention.dialog.confirmationHint'),
          submit: t('retention.dialog.submit', { count }),
        })}
        onDone={done}
      />
      <DueSection<DueTrajectory>
        kind="trajectories"
        headingId="bewaartermijn-trajecten"
        title={t('retention.trajectories.title')}
        intro={t('retention.trajectories.intro')}
        due={trajectories}
        name={(row) => row.code}
        nameHeader={t('retention.trajectories.columns.code')}
        columns={[
          { key: 'endedAt', header: t('retention.trajectories.columns.endedAt'), cell: (row) => day(row.endedAt) },
          {
            key: 'until',
            header: t('retention.columns.retentionUntil'),
            cell: (row) => day(row.retentionUntil),
            priority: 2,
          },
          {
            key: 'uitkomst',
            header: t('retention.columns.outcome'),
            cell: (row) => (row.uitkomst ? t(`retention.uitkomst.${row.uitkomst}`) : t('retention.noOutcome')),
            priority: 3,
          },
          { key: 'region', header: t('retention.columns.region'), cell: (row) => row.region, priority: 3 },
        ]}
        selectAllLabel={t('retention.trajectories.selectAll')}
        selectLabel={(row) => t('retention.select', { number: row.code })}
        empty={t('retention.trajectories.empty')}
        button={(count) => t('retention.trajectories.anonymise', { count })}
        texts={(count) => ({
          title: t('retention.trajectories.dialog.title', { count }),
          points: [t('retention.trajectories.dialog.removed'), t('retention.trajectories.dialog.remains')],
          chosen: (codes) => t('retention.trajectories.dialog.chosen', { codes }),
          chosenMore: (codes, more) => t('retention.trajectories.dialog.chosenMore', { codes, more }),
          hint: t('retention.trajectories.dialog.confirmationHint'),
          submit: t('retention.trajectories.dialog.submit', { count }),
        })}
        onDone={done}
      />
      <Paper variant="outlined" component="section" aria-labelledby="bewaartermijn-kopieen" sx={{ mb: 3, p: 2 }}>
        <Typography variant="h2" id="bewaartermijn-kopieen" sx={{ mb: 1 }}>
          {t('retention.copies.title')}
        </Typography>
        <Typography sx={{ mb: 1, maxWidth: 760 }}>{t('retention.copies.intro')}</Typography>
        {copies.data ? <KnownCopies copies={copies.data.copies} today={copies.data.today} /> : null}
      </Paper>
    </>
  );
}
